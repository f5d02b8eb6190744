/**
 * findActions on real minutes: the labelled corpus (CORPUS: ../shared/minutes-corpus, or
 * $MINUTED_SHARED/minutes-corpus), whose corpus.jsonl lists per page the whole lines that
 * ask for something to come back, be provided or be brought to a future meeting. Recall is the share of those lines found; precision the share of found
 * sentences that lie in one of them.
 */
import { describe, expect, it } from 'vitest';
import { CORPUS, matchesLabel, pageText, readLabelledPages } from '../../scripts/corpus/labels.ts';
import { findActions } from '../../src/lib/minutes/follow-ups.ts';

/** A page's non-blank lines, trimmed; trim() also clears the lines that hold only U+00A0, which stand for blank paragraphs. */
const blocksOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

describe('findActions on the labelled minutes corpus', () => {
  const pages = readLabelledPages(CORPUS).map((page) => ({
    page,
    actions: findActions(blocksOf(pageText(page, CORPUS)), '2020-01-01'),
  }));
  const missed = pages.flatMap(({ page, actions }) =>
    page.followups
      .filter((label) => !actions.some((a) => matchesLabel(label, a.text)))
      .map((label) => `${page.file}: ${label}`),
  );
  const unlabelled = pages.flatMap(({ page, actions }) =>
    actions
      .filter((a) => !page.followups.some((label) => matchesLabel(label, a.text)))
      .map((a) => `${page.file}: ${a.text}`),
  );
  const labels = pages.reduce((n, { page }) => n + page.followups.length, 0);
  const found = pages.reduce((n, { actions }) => n + actions.length, 0);
  const recall = (labels - missed.length) / labels;
  const precision = (found - unlabelled.length) / found;
  console.log(
    `follow-ups: recall ${(recall * 100).toFixed(1)} % (${labels - missed.length} of ${labels} labelled lines), precision ${(precision * 100).toFixed(1)} % (${found - unlabelled.length} of ${found} found)`,
  );
  console.log(`found outside the labelled lines:\n${unlabelled.join('\n')}`);

  it('finds at least 92 % of the labelled follow-ups', () => {
    expect(recall, missed.join('\n')).toBeGreaterThanOrEqual(0.92);
  });

  // 86.1 % when written: 31 of 36. The five others are, on reading, requests the labels leave out
  // (an item asked for on the work programme, a breakdown put on the Action Tracker, regular updates
  // "to be submitted", agenda items "agreed for the next meeting", a topic that "may be considered
  // at a future meeting"), so the floor leaves room for a few more such finds, not for discussion.
  it('finds few sentences outside them', () => {
    expect(precision, unlabelled.join('\n')).toBeGreaterThanOrEqual(0.8);
  });
});
