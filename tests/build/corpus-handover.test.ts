/** The pages read the corpus the integration checked, in the same process, or show the problems it found. */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { checkedCorpus, handOverCorpus } from '../../src/lib/build/corpus-handover.ts';
import { ContentError } from '../../src/lib/content/content-error.ts';
import { SAMPLE_CONTENT } from '../support/content-fixture.ts';

describe('checkedCorpus', () => {
  it('gives the pages the very corpus the build checked, not a second copy', () => {
    const corpus = loadCorpus(SAMPLE_CONTENT);
    handOverCorpus(SAMPLE_CONTENT, corpus);
    expect(checkedCorpus(SAMPLE_CONTENT)).toBe(corpus);
  });

  it('shows every page the problems the check found, as npm run check words them', () => {
    const problems = new ContentError([
      { file: 'content/meetings/x/meeting.yaml', line: 3, message: 'No date.', advice: 'Add one.' },
    ]);
    handOverCorpus(SAMPLE_CONTENT, problems);
    expect(() => checkedCorpus(SAMPLE_CONTENT)).toThrow(problems);
  });

  it('tells someone whose Astro config lacks the integration where the check comes from', () => {
    expect(() => checkedCorpus('/elsewhere/content')).toThrow(
      "The content in /elsewhere/content has not been checked in this process: Minuted's integration (minuted() in astro.config.mjs) checks it before Astro renders a page.",
    );
  });
});
