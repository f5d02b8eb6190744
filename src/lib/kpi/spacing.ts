/**
 * Whether periods are evenly spaced: the trend test scores them 1, 2, 3…, which is only right
 * when each follows the last by the same step (every year, every other year for a biennial
 * survey). A missing year, such as a survey skipped in the pandemic, breaks the spacing.
 */
import type { Period } from './periods.ts';

/**
 * Example: evenlySpaced(['2016/17', '2018/19', '2020/21'].map(p)) === true;
 * evenlySpaced(['2018/19', '2019/20', '2021/22'].map(p)) === false.
 */
export function evenlySpaced(periods: readonly Pick<Period, 'start'>[]): boolean {
  const months = periods.map(({ start }) => Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)));
  const steps = months.slice(1).map((month, i) => month - months[i]);
  return steps.every((step) => step > 0 && step === steps[0]);
}
