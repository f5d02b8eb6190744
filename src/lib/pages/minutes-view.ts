/**
 * An item's minutes as its page shows them: their HTML in parts, with the charts they embed
 * between them. The page's view holds the HTML's digest and the charts, which its key
 * hashes; the parts are made only for a page rendered (itemRoute's withMinutes).
 */
import type { ItemMinutes } from '../corpus/rendered-minutes.ts';
import { KPI_EMBED_TAG } from '../minutes/remark/kpi-embed.ts';

/** A part of the minutes: some of their HTML, or a chart they embed (undefined when it has no figures). */
export type MinutesPart<Chart> = { html: string } | { chart: Chart | undefined };

// Each embed's placeholder (remark/kpi-embed.ts), its ids captured so a split keeps them.
const KPI_EMBED = new RegExp(
  `<${KPI_EMBED_TAG} data-indicator="([a-z0-9-]+)" data-locality="([a-z0-9-]+)"></${KPI_EMBED_TAG}>`,
);

/**
 * The minutes' HTML in slices (not copies), each of `charts` between the slices around its
 * placeholder: the minutes hold a placeholder for each embed in order, and for nothing else
 * (raw HTML in minutes becomes text).
 * Example: minutesParts(minutes, [chart]) → [{ html: '<p>Before</p>' }, { chart }, { html: '<p>After</p>' }].
 */
export function minutesParts<Chart>(
  minutes: ItemMinutes,
  charts: readonly (Chart | undefined)[],
): MinutesPart<Chart>[] {
  const split = minutes.html.split(KPI_EMBED);
  const parts: MinutesPart<Chart>[] = [];
  for (let i = 0; i < split.length; i += 3) {
    parts.push({ html: split[i] });
    if (i + 2 < split.length) parts.push({ chart: charts[i / 3] });
  }
  return parts;
}

/** Whether the minutes show anything: a chart, or some text. */
export const showsAnything = (minutes: ItemMinutes, charts: readonly unknown[]) =>
  minutesParts(minutes, charts).some((part) => !('html' in part) || part.html.trim() !== '');
