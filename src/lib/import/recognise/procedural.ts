/**
 * Procedural items: the business of every meeting rather than its decisions on health.
 */

/** Titles of procedural items, as agendas word them. */
const PROCEDURAL_TITLE = [
  /\bapologies\b/i,
  /\bsubstitut(?:e|es|ions?)\b/i,
  /\balternate members\b/i,
  /\bdeclarations? of .{0,40}\binterests?\b/i,
  /\bminutes of (?:the )?(?:previous|last)\b/i,
  /^(?:confirmation of )?(?:the )?minutes(?: of (?:the )?meeting held on .*)?$/i,
  /\bexclusion of (?:the )?(?:press|public)\b/i,
  /\bschedule 12a\b/i,
];

/**
 * True for apologies, substitutes, declarations of interest, the previous minutes and the
 * exclusion of press and public (Schedule 12A).
 * Example: isProcedural('DECLARATIONS OF INTEREST') === true; isProcedural('Neighbourhood Working') === false.
 */
export function isProcedural(title: string): boolean {
  return PROCEDURAL_TITLE.some((re) => re.test(title.trim()));
}
