/**
 * The corpus's real minutes render with the pipeline's own autolinks (remark/autolinks.ts)
 * exactly as with GFM's autolink literal: each item's Markdown as the importer writes it,
 * and each page's text read as Markdown, where its contact lines' addresses remain.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { importPage } from '../../src/lib/import/import-page.ts';
import { minutesRenderer, renderMinutes } from '../../src/lib/minutes/render.ts';
import { CORPUS, pageText, readLabelledPages } from '../../scripts/corpus/labels.ts';

const withGfm = minutesRenderer(remarkGfm);
const options = {
  bodies: [{ id: 'corpus-board', name: 'Corpus Board' }],
  localities: [],
  body: 'corpus-board',
  date: '2020-01-01',
};
const pages = readLabelledPages(CORPUS);
const links = (html: string) => html.split('<a href=').length - 1;

describe('autolinks in the corpus', () => {
  it("render every imported item's minutes as GFM did", async () => {
    let linked = 0;
    for (const page of pages) {
      const result = await importPage(readFileSync(join(CORPUS, page.file)), options);
      if (!result.ok) continue;
      for (const item of result.items) {
        const ours = renderMinutes(item.markdown, [], { agenda: item.agenda });
        expect(ours, page.file).toEqual(withGfm(item.markdown, [], { agenda: item.agenda }));
        linked += links(ours.html);
      }
    }
    expect(linked).toBeGreaterThan(0);
  });

  it("render every page's text, read as Markdown, as GFM did", () => {
    let linked = 0;
    for (const page of pages) {
      const text = pageText(page, CORPUS);
      const ours = renderMinutes(text);
      expect(ours, page.file).toEqual(withGfm(text));
      linked += links(ours.html);
    }
    expect(linked).toBeGreaterThan(10);
  });
});
