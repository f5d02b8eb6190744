/**
 * What the accessibility statement may claim, from site.yaml: automated checks find only
 * some problems, so the site is "partially compliant" until a person's audit says more.
 */
import type { SiteConfig } from '../content/schema.ts';

export interface AccessibilityStatus {
  compliance: 'fully compliant' | 'partially compliant';
  /** The audit by a person, if one is recorded: its date (YYYY-MM-DD) and who carried it out. */
  audit?: { date: string; by: string };
  /** What fails the standard, a sentence each: the audit's findings. */
  problems: string[];
}

/**
 * Example: accessibilityStatus({ ...site, accessibilityAudit: undefined }).compliance === 'partially compliant'.
 */
export function accessibilityStatus(site: SiteConfig): AccessibilityStatus {
  const audit = site.accessibilityAudit;
  if (!audit) return { compliance: 'partially compliant', problems: [] };
  return { compliance: audit.result, audit: { date: audit.date, by: audit.by }, problems: audit.problems };
}
