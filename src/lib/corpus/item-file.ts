/** One agenda item's file: its frontmatter checked, its minutes rendered, its follow-ups found. */
import { basename, extname } from 'node:path';
import type { ContentProblem } from '../content/content-error.ts';
import { itemSchema, type ItemFrontmatter } from '../content/item-schema.ts';
import { parseYaml, validate, type YamlSource } from '../content/yaml-source.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { findActions } from '../minutes/follow-ups.ts';
import { markdownLimit } from '../minutes/limits.ts';
import type { ContentReader } from './content-reader.ts';
import type { ItemEntry, RenderItemMinutes } from './model.ts';
import { ItemMinutes } from './rendered-minutes.ts';

/** An item with where its frontmatter fields are, for problems found after it is read. */
export type LocatedItem = ItemEntry & { lineOf: YamlSource['lineOf'] };

/** What of its meeting an item's reading depends on: the folder's name and date, and whether it is still to be held. */
export interface ItemMeeting {
  id: string;
  date: string;
  agenda: boolean;
}

/**
 * An item file's checked frontmatter and its minutes as written, or undefined (with
 * problems recorded): all that rendering the minutes needs. `read` gives the file's text
 * (item-memo.ts reads it itself, to know its hash).
 */
export function readItemSource(reader: ContentReader, path: string, read = () => reader.text(path)) {
  const { problems } = reader;
  const file = reader.display(path);
  const text = read();
  if (text === undefined) return undefined;
  const split = splitFrontmatter(text);
  if (!('yaml' in split)) {
    problems.push({ file, ...split });
    return undefined;
  }
  const parsed = parseYaml(split.yaml, file, split.yamlLine, reader.yamlMemo);
  problems.push(...parsed.problems);
  if (!parsed.source) return undefined;
  const checked = validate(itemSchema, parsed.source, file);
  problems.push(...checked.problems);
  if (!checked.value) return undefined;
  const { body, bodyStart } = split;
  const code = extname(path) === '.mdx' ? /^(?:import|export)\s/m.exec(body) : null;
  if (code) {
    problems.push({
      file,
      line: body.slice(0, code.index).split('\n').length + bodyStart - 1,
      message: 'Minuted runs no code from minutes, so this import or export cannot be used.',
      advice:
        'delete the line: <KpiChart indicator="…" locality="…" /> needs no import, and it is the only component minutes can use.',
    });
    return undefined;
  }
  const limit = markdownLimit(body);
  if (limit) {
    problems.push({ file, ...limit, line: limit.line + bodyStart - 1 });
    return undefined;
  }
  return {
    file,
    yaml: split.yaml,
    yamlLine: split.yamlLine,
    parsed: parsed.source,
    checked: checked.value,
    body,
    bodyStart,
  };
}

/**
 * An item of the meeting in folder `meeting`, rendered with `render`; undefined (with
 * problems recorded) when it cannot be. An item of a meeting still to be held (`agenda`)
 * holds agenda text, if any, in which no decision or follow-up is looked for.
 */
export function readItem(
  reader: ContentReader,
  render: RenderItemMinutes,
  path: string,
  meeting: ItemMeeting,
  read?: () => string | undefined,
): LocatedItem | undefined {
  const source = readItemSource(reader, path, read);
  if (!source) return undefined;
  const { problems } = reader;
  const { file, parsed, checked, body, bodyStart } = source;
  const { agenda } = meeting;
  if (!agenda && !body.trim()) {
    problems.push({
      file,
      message: 'The item has no minutes text below its frontmatter.',
      advice:
        'paste the minutes below the second "---" line; if the item had no minutes, write a sentence saying so. If the meeting is still to come, give its meeting.yaml "status: scheduled".',
    });
    return undefined;
  }
  if (agenda) {
    const early = recordedTooEarly(checked, parsed.lineOf, file);
    problems.push(...early);
    if (early.length > 0) return undefined;
  }
  let rendered;
  try {
    rendered = render(body, checked.decisions, { agenda }, path);
  } catch (error) {
    // A pathological text can exhaust the parser; name the file rather than crash.
    problems.push({
      file,
      message: `Minuted could not read the minutes text (${error instanceof Error ? error.message : String(error)}).`,
      advice:
        'look for unusual structure such as very deeply nested quotes or lists, or paste the text again as plain paragraphs.',
    });
    return undefined;
  }
  for (const problem of rendered.decisionProblems) {
    problems.push({
      file,
      field: `decisions[${problem.index}].text`,
      line: parsed.lineOf(['decisions', problem.index, 'text']),
      message: problem.message.split('. ')[0] + '.',
      advice: problem.message.split('. ').slice(1).join('. '),
    });
  }
  const slug = basename(path, extname(path));
  const actionList = [
    ...(agenda ? [] : findActions(rendered.textBlocks, meeting.date)).map((a) => ({ ...a, addedByHand: false })),
    ...checked.actions.map((a) => ({ ...a, addedByHand: true })),
  ].map((action, i) => ({ anchor: `action-${i + 1}`, ...action }));
  return {
    ...checked,
    id: `${meeting.id}/${slug}`,
    meeting: meeting.id,
    slug,
    file,
    minutes: ItemMinutes.of(rendered.html, rendered.textBlocks.join('\n')),
    kpiEmbeds: rendered.kpiEmbeds.map(({ line, ...embed }) => ({
      ...embed,
      line: line === undefined ? undefined : line + bodyStart - 1,
    })),
    decisionList: rendered.decisions,
    actionList,
    terms: rendered.terms,
    lineOf: parsed.lineOf,
  };
}

/** What only minutes can record, written on an item of a meeting not yet held: a problem for each field, with where it is. */
function recordedTooEarly(item: ItemFrontmatter, lineOf: YamlSource['lineOf'], file: string): ContentProblem[] {
  const fields = (['decisions', 'votes', 'actions', 'follows'] as const).filter((field) => item[field].length > 0);
  return fields.map((field) => ({
    file,
    field,
    line: lineOf([field]),
    message: `The item gives "${field}", but its meeting has not been held: its meeting.yaml says it is scheduled or cancelled, so it has no minutes yet.`,
    advice: `delete "${field}" until the minutes are written; then add the minutes below the item's frontmatter, change the meeting's status to draft, and write "${field}" again if the minutes need it.`,
  }));
}
