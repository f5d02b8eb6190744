/**
 * The body (board or committee) a page names, matched against the content's bodies.
 */

/** A body as the content folder defines it. */
export interface KnownBody {
  id: string;
  name: string;
  shortName?: string;
  website?: string;
}

const fold = (name: string) =>
  name
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const host = (url: string | undefined) => {
  try {
    return url ? new URL(url).host.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The id of the body a page's committee name means: its full or short name, or a body
 * whose name ends with it ("Health and Wellbeing Board" → "Bromley Health and Wellbeing
 * Board"), the page's web address choosing between several. Returns the candidates when
 * it cannot choose; `certain` when the name or the website settles it.
 * Example: matchBody('Health and Wellbeing Board', 'https://cds.bromley.gov.uk/mgAi.aspx?ID=1', bodies) → { id: 'bromley-hwb', certain: true }.
 */
export function matchBody(
  committee: string,
  pageUrl: string | undefined,
  bodies: readonly KnownBody[],
): { id?: string; certain: boolean; candidates: string[] } {
  const wanted = fold(committee);
  const exact = bodies.filter((b) => fold(b.name) === wanted || (b.shortName && fold(b.shortName) === wanted));
  const candidates =
    exact.length > 0
      ? exact
      : bodies.filter((b) => fold(b.name).endsWith(` ${wanted}`) || fold(b.name).startsWith(`${wanted} `));
  const pageHost = host(pageUrl);
  const sameSite = pageHost ? candidates.filter((b) => host(b.website) === pageHost) : [];
  const chosen = candidates.length === 1 ? candidates : sameSite.length === 1 ? sameSite : [];
  // Only the body's own name, or its website, is sure: "Health and Wellbeing Board" alone could be any council's.
  const certain = chosen.length === 1 && (exact.length === 1 || sameSite.length === 1);
  return { id: chosen[0]?.id, certain, candidates: candidates.map((b) => b.id) };
}
