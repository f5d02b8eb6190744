/**
 * The localities an item's text names, matched against the content's localities.
 */

/** A locality as the content folder defines it. */
export interface KnownLocality {
  id: string;
  name: string;
  parent?: string;
}

/** Words before a place name that make it an organisation's: "NHS England", "Public Health England". */
const ORGANISATION_BEFORE =
  /(?:\bNHS|\bPublic Health|\bHealth Education|\bSport|\bHistoric|\bNatural|\bArts Council)\s+$/;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The other names of a locality. A place named after its parent ("Lincolnshire east
 * coast" within Lincolnshire) is also called by the rest of its name ("the east coast"),
 * but only when that rest is two words or more: "Havering North" is not "North".
 * The short name counts only when the text also names the parent.
 */
function shortName(locality: KnownLocality, byId: ReadonlyMap<string, KnownLocality>): string | undefined {
  const parent = locality.parent ? byId.get(locality.parent) : undefined;
  if (!parent || !locality.name.toLowerCase().startsWith(`${parent.name.toLowerCase()} `)) return undefined;
  const rest = locality.name.slice(parent.name.length + 1);
  return rest.split(/\s+/).length >= 2 ? rest : undefined;
}

/**
 * Ids of the localities named in `text`: whole words, any case, longest name first so
 * "South East London" is not also "London"; in order of first mention.
 * Example: matchLocalities('… in Stamford and on the east coast of Lincolnshire', localities) → ['stamford', 'lincolnshire', 'lincolnshire-east-coast'].
 */
export function matchLocalities(text: string, localities: readonly KnownLocality[]): string[] {
  const byId = new Map(localities.map((l) => [l.id, l]));
  const names = localities.flatMap((l) => {
    const short = shortName(l, byId);
    return [
      { id: l.id, name: l.name, needsParent: undefined as string | undefined },
      ...(short ? [{ id: l.id, name: short, needsParent: l.parent }] : []),
    ];
  });
  names.sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name));
  let remaining = text.replace(/\s+/g, ' ');
  const found = new Map<string, number>();
  const deferred: { id: string; at: number; parent: string }[] = [];
  for (const { id, name, needsParent } of names) {
    const pattern = new RegExp(
      String.raw`(?<![\p{L}\p{N}])${escapeRegExp(name).replace(/ /g, '\\s+')}(?![\p{L}\p{N}])`,
      'giu',
    );
    for (const match of remaining.matchAll(pattern)) {
      if (ORGANISATION_BEFORE.test(remaining.slice(Math.max(0, match.index - 20), match.index))) continue;
      if (needsParent) deferred.push({ id, at: match.index, parent: needsParent });
      else found.set(id, Math.min(found.get(id) ?? Infinity, match.index));
    }
    // Blank out what matched (keeping offsets), so a shorter name inside it cannot match again.
    remaining = remaining.replace(pattern, (m) => ' '.repeat(m.length));
  }
  for (const { id, at, parent } of deferred) {
    if (found.has(parent)) found.set(id, Math.min(found.get(id) ?? Infinity, at));
  }
  return [...found.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}
