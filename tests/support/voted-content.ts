/**
 * The sample content with recorded votes: none of the five seed pages records a vote, so
 * the sample has none, and tests that need one add these to a copy.
 */
import { type ContentFixture, copySampleContent } from './content-fixture.ts';
import { ITEM, replace } from './sample-edits.ts';

/** The Lincolnshire item's id, which has the votes in the copy. */
export const VOTED_ITEM = '2019-03-01-lincolnshire-hwb/01-neighbourhood-working';

/** Two votes: an amendment lost with names, then the motion carried by counts alone. */
const VOTES = `votes:
  - motion: the amendment moved by Councillor Mrs S Woolley
    for: 3
    against: 7
    abstain: 1
    outcome: not agreed
    named:
      for: [Councillor Mrs S Woolley, Councillor C J T H Brewis, Councillor R Wootten]
      against: [Councillor M Hill, Councillor Dr M E Thompson]
      abstain: [Councillor Mrs P Cooper]
  - for: 10
    against: 0
    outcome: carried
`;

/** A copy of the sample with VOTES on the Lincolnshire item; `remove()` it when done. */
export function votedContent(): ContentFixture {
  const content = copySampleContent();
  replace(content, ITEM, /^review: /m, `${VOTES}review: `);
  return content;
}
