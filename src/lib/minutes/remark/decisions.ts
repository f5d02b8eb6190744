/**
 * remark plugin: marks up the resolutions in an item's minutes.
 *
 * Reads the frontmatter's corrections from `file.data.decisionInputs`, writes the final
 * decision list to `file.data.decisions` and any problems with the corrections to
 * `file.data.decisionProblems`; wraps each resolution's blocks in a labelled
 * `div.decision` whose id is the decision's anchor. An agenda's text (`file.data.agenda`)
 * is left as it is.
 */
import type { BlockContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { findDecisions, type Block, type ItemDecision } from '../decisions.ts';
import { applyDecisionInputs } from '../decision-inputs.ts';
import { capitalised } from '../../text/names.ts';
import type { DecisionInput } from '../../content/item-schema.ts';

declare module 'vfile' {
  interface DataMap {
    decisionInputs: DecisionInput[];
    decisions: ItemDecision[];
    decisionProblems: { index: number; message: string }[];
    /** True for an agenda's text: a recommendation on an agenda is not yet a decision. */
    agenda: boolean;
  }
}

function toBlock(node: RootContent): Block {
  const kind = node.type === 'paragraph' ? 'paragraph' : node.type === 'list' ? 'list' : 'other';
  // List items on their own lines, so a resolution's parts stay apart in plain text.
  const text = node.type === 'list' ? node.children.map((item) => toString(item)).join('\n') : toString(node);
  return { kind, text };
}

export default function remarkDecisions() {
  return (tree: Root, file: VFile) => {
    if (file.data.agenda) return;
    const spans = findDecisions(tree.children.map(toBlock));
    const { decisions, problems } = applyDecisionInputs(spans, file.data.decisionInputs ?? []);
    const found = decisions.map((decision, i) => ({ ...decision, anchor: `decision-${i + 1}` }));
    // Replace from the end so earlier indices stay valid.
    for (const decision of [...found].reverse()) {
      if (!decision.span) continue;
      const { start, end } = decision.span;
      const label: BlockContent = {
        type: 'paragraph',
        data: { hProperties: { className: ['decision__label'] } },
        children: [
          { type: 'text', value: 'Decision: ' },
          {
            type: 'strong',
            data: { hProperties: { className: ['tag', `tag--${decision.outcome}`] } },
            children: [{ type: 'text', value: capitalised(decision.outcome) }],
          },
        ],
      };
      const wrapper = {
        type: 'decision',
        data: {
          hName: 'div',
          hProperties: { className: ['decision'], id: decision.anchor, dataOutcome: decision.outcome },
        },
        children: [label, ...tree.children.slice(start, end + 1)],
      } as unknown as RootContent;
      tree.children.splice(start, end - start + 1, wrapper);
    }
    file.data.decisions = found.map(({ span, ...decision }) => ({ ...decision, addedByHand: span === undefined }));
    file.data.decisionProblems = problems;
  };
}
