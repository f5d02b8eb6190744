/** Numbers a council may set for its build in the environment, checked before anything is built. */

/**
 * A whole-number setting from the environment, or its default when unset.
 * Example: wholeNumberSetting({ name: 'MINUTED_YEAR_PAGE_LIMIT', unit: 'entries', meaning: 'on a year page', example: 500, fallback: 300 }, '500') === 500.
 */
export function wholeNumberSetting(
  setting: { name: string; unit: string; meaning: string; example: number; fallback: number },
  value: string | undefined,
): number {
  // Blank counts as unset: a CI variable left empty, or a stray space, means "the default".
  const written = value?.trim();
  if (!written) return setting.fallback;
  // Digits only, thousands marked or not: Number() alone would take "1e3" or "0x10" as well.
  const n = /^-?(?:\d+|\d{1,3}(?:,\d{3})+)$/.test(written) ? Number(written.replaceAll(',', '')) : NaN;
  if (!Number.isInteger(n) || n < 1) {
    const problem = Number.isInteger(n)
      ? 'but it must be at least 1'
      : `which is not a whole number of ${setting.unit}`;
    throw new Error(
      `${setting.name} is "${value}", ${problem}: write a whole number such as ${setting.example} (${setting.unit} ${setting.meaning}), or leave it unset for ${setting.fallback}.`,
    );
  }
  return n;
}
