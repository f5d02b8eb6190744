/** The words of a name as an id or file name: what a web address can hold. */

/**
 * A slug for a file name: lower case, ASCII letters and digits, single hyphens.
 * Example: slugify('SOUTH EAST LONDON ICB – 5 YEAR STRATEGY') === 'south-east-london-icb-5-year-strategy'.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
