/**
 * remark plugin: `<KpiChart indicator="smoking-prevalence-adults" locality="bromley" />`
 * on a line of its own becomes a placeholder the item page fills with the chart. It is the
 * only component minutes may use: nothing in minutes runs as code.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** A chart an item asks for, with the line it is on. */
export interface KpiEmbed {
  indicator: string;
  locality: string;
  line?: number;
}

declare module 'vfile' {
  interface DataMap {
    kpiEmbeds: KpiEmbed[];
  }
}

/** The placeholder element's name; the item page splits its HTML on it. */
export const KPI_EMBED_TAG = 'minuted-kpi-chart';

const EMBED =
  /^<KpiChart\s+(?:indicator="([a-z0-9-]+)"\s+locality="([a-z0-9-]+)"|locality="([a-z0-9-]+)"\s+indicator="([a-z0-9-]+)")\s*\/>$/;

export default function remarkKpiEmbed() {
  return (tree: Root, file: VFile) => {
    const embeds: KpiEmbed[] = [];
    file.data.kpiEmbeds = embeds;
    // A chart is HTML, which starts with "<": minutes without one need no walk.
    if (!String(file.value).includes('<')) return;
    visit(tree, 'html', (node, index, parent) => {
      const match = EMBED.exec(node.value.trim());
      if (!match || !parent || index === undefined || parent.type !== 'root') return;
      const embed = {
        indicator: match[1] ?? match[4],
        locality: match[2] ?? match[3],
        line: node.position?.start.line,
      };
      embeds.push(embed);
      parent.children[index] = {
        type: 'kpiEmbed',
        data: { hName: KPI_EMBED_TAG, hProperties: { dataIndicator: embed.indicator, dataLocality: embed.locality } },
        children: [],
      } as unknown as Root['children'][number];
    });
  };
}
