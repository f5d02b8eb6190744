/**
 * The minutes pipeline: an item's Markdown in, safe HTML and its decisions out.
 *
 * One frozen unified processor serves the site, the checker, the importer's counts and
 * the tests, so every one of them sees the same decisions.
 */
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import type { ItemDecision } from './decisions.ts';
import type { Glossary } from './glossary-terms.ts';
import rehypeGlossary from './rehype/glossary.ts';
import remarkDecisions from './remark/decisions.ts';
import remarkMinutesGfm, { MAY_HOLD_TABLE, remarkMinutesGfmWithoutTables } from './remark/gfm.ts';
import remarkHeadingLevels from './remark/heading-levels.ts';
import remarkKpiEmbed, { KPI_EMBED_TAG, type KpiEmbed } from './remark/kpi-embed.ts';
import remarkLiteralHtml from './remark/literal-html.ts';
import remarkRemoteImages from './remark/remote-images.ts';
import remarkTextBlocks from './remark/text-blocks.ts';
import type { DecisionInput } from '../content/item-schema.ts';
import { withoutControlCharacters } from '../text/control-characters.ts';

// GitHub's schema, plus the classes and anchors our own plugins add. Raw HTML never
// reaches this point (remark-literal-html turns it into text), so ids need no prefix.
const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), KPI_EMBED_TAG],
  attributes: {
    [KPI_EMBED_TAG]: ['dataIndicator', 'dataLocality'],
    ...defaultSchema.attributes,
    div: [...(defaultSchema.attributes?.div ?? []), 'className', 'id', 'dataOutcome'],
    p: [...(defaultSchema.attributes?.p ?? []), 'className'],
    strong: ['className'],
  },
};

/** The pipeline, with `gfm` for its GitHub Markdown: the site's own, or remark-gfm, which the tests and bench compare it with. */
function minutesProcessor(gfm: Plugin<[], Root>) {
  return (
    unified()
      .use(remarkParse)
      .use(gfm)
      .use(remarkKpiEmbed)
      .use(remarkLiteralHtml)
      .use(remarkRemoteImages)
      .use(remarkHeadingLevels)
      .use(remarkTextBlocks)
      .use(remarkDecisions)
      .use(remarkRehype)
      .use(rehypeSanitize, sanitizeSchema)
      // The minutes are shown on their item's page, three folders down (paths.item): a relative
      // link reaches the glossary at any base path, so cached minutes hold wherever the site is.
      .use(rehypeGlossary, { href: (anchor: string) => `../../../glossary/#${anchor}` })
      .use(rehypeStringify)
      .freeze()
  );
}

export interface RenderedMinutes {
  html: string;
  decisions: ItemDecision[];
  /** The plain text of each paragraph, in order. */
  textBlocks: string[];
  /** Charts embedded with <KpiChart …/>. */
  kpiEmbeds: KpiEmbed[];
  /** Problems with the frontmatter's `decisions:`, by index in that list. */
  decisionProblems: { index: number; message: string }[];
  /** The glossary's terms the minutes use, as the glossary writes them. */
  terms: string[];
}

/** How to read an item's text: `agenda` when it is a scheduled meeting's agenda, where nothing has been decided yet. */
export interface RenderOptions {
  agenda?: boolean;
  /** The site's glossary: the first use of each of its terms becomes a link to it. */
  glossary?: Glossary;
}

/**
 * renderMinutes, with `gfm` for the pipeline's GitHub Markdown step (remarkMinutesGfm).
 * Example: minutesRenderer(remarkGfm)('See www.nhs.uk').html, as GFM's own autolinks render it.
 */
export function minutesRenderer(gfm: Plugin<[], Root> = remarkMinutesGfm) {
  const processor = minutesProcessor(gfm);
  // The site's own GFM reads text that can hold no table without trying one at every line.
  const tableless = gfm === remarkMinutesGfm ? minutesProcessor(remarkMinutesGfmWithoutTables) : processor;
  return (
    markdown: string,
    decisionInputs: DecisionInput[] = [],
    { agenda = false, glossary }: RenderOptions = {},
  ): RenderedMinutes => {
    // Control characters pasted from PDFs are invisible and not allowed in HTML: they go, the words stay.
    const text = withoutControlCharacters(markdown.replace(/\r\n?/g, '\n'));
    const file = new VFile({ value: text, data: { decisionInputs, agenda, glossary } });
    const html = String((MAY_HOLD_TABLE.test(text) ? processor : tableless).processSync(file));
    return {
      html,
      decisions: file.data.decisions ?? [],
      textBlocks: file.data.textBlocks ?? [],
      kpiEmbeds: file.data.kpiEmbeds ?? [],
      decisionProblems: file.data.decisionProblems ?? [],
      terms: file.data.glossaryTerms ?? [],
    };
  };
}

/**
 * Renders an item's minutes, or with `{ agenda: true }` its agenda text, in which no decision is recognised.
 * Example: renderMinutes('RESOLVED that the update be noted.').decisions[0].outcome === 'noted'.
 */
export const renderMinutes = minutesRenderer();
