/** The minutes loadCorpus will render, read ahead of it, so another thread can render them first. */
import { basename, dirname, join } from 'node:path';
import type { ItemFrontmatter } from '../content/item-schema.ts';
import { hasMinutes, meetingSchema } from '../content/schema.ts';
import { glossaryOf } from '../minutes/glossary-terms.ts';
import type { RenderOptions } from '../minutes/render.ts';
import type { YamlMemo } from '../content/yaml-memo.ts';
import type { RememberedYaml } from '../content/yaml-source.ts';
import type { HandedYaml } from './yaml-handover.ts';
import { ContentReader } from './content-reader.ts';
import { readGlossary } from './glossary-file.ts';
import { readItemSource } from './item-file.ts';
import { linesOf } from './item-reuse.ts';
import { ITEM_FILE, MEETING_FOLDER } from './meetings.ts';

/**
 * The minutes loadCorpus would render, in the order it renders them, checking only what
 * decides that (build/parallel-load.ts renders them on another thread). Keeps nothing of
 * an item once passed; problems are loadCorpus's to report. With `after` (an item's path,
 * as loadCorpus passes it to render), begins with the item after that one, without
 * reading those before.
 * Example: [...itemMinutes('content')].length === loadCorpus('content').items.length.
 */
export function* itemMinutes(
  contentDir: string,
  yamlMemo?: YamlMemo,
  after?: string,
): Generator<{
  markdown: string;
  decisionInputs: ItemFrontmatter['decisions'];
  options: RenderOptions;
  /** The YAML parsed here, not taken from the memo, since the minutes before: an item's frontmatter with the lines its checks ask for. */
  parsed: HandedYaml[];
}> {
  const parsed: HandedYaml[] = [];
  // Noted as parsed, for another thread to take (yaml-handover.ts).
  const noting: YamlMemo | undefined = yamlMemo && {
    get: (text) => yamlMemo.get(text),
    set(text, data) {
      yamlMemo.set(text, data);
      parsed.push([text, data as RememberedYaml]);
    },
    save: () => yamlMemo.save(),
  };
  const reader = new ContentReader(contentDir, (path) => path, [], noting);
  const meetingsDir = join(contentDir, 'meetings');
  const glossary = glossaryOf(readGlossary(reader, contentDir));
  // Folders and files are met in sorted order, so the items up to `after` are those in earlier folders and, in its folder, up to its name.
  const [afterFolder, afterName] = after ? [basename(dirname(after)), basename(after)] : [];
  for (const { name: folder, path, kind } of reader.entries(meetingsDir)) {
    if ((afterFolder && folder < afterFolder) || !MEETING_FOLDER.test(folder) || kind !== 'folder') continue;
    // Rendered as loadCorpus renders them: a meeting still to be held has agenda text.
    const meeting = reader.yamlFile(join(path, 'meeting.yaml'), meetingSchema, '');
    const options = { agenda: meeting !== undefined && !hasMinutes(meeting.value), glossary };
    for (const { name, path: itemPath, kind: itemKind } of reader.entries(path)) {
      if (folder === afterFolder && name <= afterName!) continue;
      const source = ITEM_FILE.test(name) && itemKind === 'file' ? readItemSource(reader, itemPath) : undefined;
      if (!source) continue;
      const frontmatter = parsed.find(([text]) => text === source.yaml);
      if (frontmatter) frontmatter[1] = { ...frontmatter[1], lines: checkedLines(source) };
      yield { markdown: source.body, decisionInputs: source.checked.decisions, options, parsed: parsed.splice(0) };
    }
  }
}

/** The lines an item's checks ask for (item-reuse.ts's linesOf), counted from its frontmatter's first line. */
function checkedLines({ yamlLine, parsed, checked }: NonNullable<ReturnType<typeof readItemSource>>) {
  const lineOf = (path: readonly PropertyKey[]) => {
    const line = parsed.lineOf(path);
    return line === undefined ? undefined : line - yamlLine + 1;
  };
  return linesOf(lineOf, checked);
}
