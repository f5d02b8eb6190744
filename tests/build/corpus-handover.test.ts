/** The pages read the corpus the build script checked, in the same process; Astro run on its own says how to build. */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/lib/corpus/corpus.ts';
import { checkedCorpus, handOverCorpus } from '../../src/lib/build/corpus-handover.ts';
import { SAMPLE_CONTENT } from '../support/content-fixture.ts';

describe('checkedCorpus', () => {
  it('gives the pages the very corpus the build checked, not a second copy', () => {
    const corpus = loadCorpus(SAMPLE_CONTENT);
    handOverCorpus(SAMPLE_CONTENT, corpus);
    expect(checkedCorpus(SAMPLE_CONTENT)).toBe(corpus);
  });

  it('tells someone who runs `astro build` on its own to build with npm run build', () => {
    expect(() => checkedCorpus('/elsewhere/content')).toThrow(
      'The content in /elsewhere/content has not been checked in this process: build the site with "npm run build", which checks the content before Astro renders it.',
    );
  });
});
