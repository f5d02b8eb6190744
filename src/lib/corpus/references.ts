/** Checks that ids one file gives name something that exists: a body's localities, an item's topics, `follows:`. */
import { closest, type ContentProblem } from '../content/content-error.ts';
import type { YamlSource } from '../content/yaml-source.ts';
import type { LocatedItem } from './item-file.ts';

export class References {
  private readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    this.problems = problems;
  }

  check(
    file: string,
    lineOf: YamlSource['lineOf'],
    field: string,
    ids: readonly string[],
    known: Set<string>,
    folder: string,
  ): void {
    ids.forEach((id, i) => {
      if (!known.has(id))
        this.problems.push(
          this.unknown(
            file,
            lineOf([field, i]) ?? lineOf([field]),
            field === 'body' ? field : `${field}[${i}]`,
            id,
            known,
            folder,
          ),
        );
    });
  }

  unknown(
    file: string,
    line: number | undefined,
    field: string,
    id: string,
    known: Set<string>,
    folder: string,
  ): ContentProblem {
    const guess = closest(id, known);
    return {
      file,
      line,
      field,
      message: `There is no ${{ bodies: 'body', localities: 'locality', topics: 'topic', indicators: 'indicator' }[folder] ?? folder} with the id "${id}".`,
      advice: `${guess ? `did you mean "${guess}"? ` : ''}The ids are the file names in content/${folder}/ (without .yaml); add content/${folder}/${id}.yaml if it is new.`,
    };
  }
}

/** `follows:` must name an item of an earlier meeting. */
export function checkFollows(items: readonly LocatedItem[], problems: ContentProblem[]): void {
  const byId = new Map(items.map((i) => [i.id, i]));
  for (const item of items) {
    item.follows.forEach((id, i) => {
      const earlier = byId.get(id);
      const at = { file: item.file, field: `follows[${i}]`, line: item.lineOf(['follows', i]) };
      if (!earlier) {
        const guess = closest(id, byId.keys());
        problems.push({
          ...at,
          message: `There is no item "${id}".`,
          advice: `${guess ? `did you mean "${guess}"? ` : ''}Give the earlier item as its meeting folder and file name without .md, e.g. 2019-03-01-lincolnshire-hwb/01-neighbourhood-working.`,
        });
      } else if (earlier.meeting.slice(0, 10) >= item.meeting.slice(0, 10)) {
        problems.push({
          ...at,
          message: `"${id}" is not from an earlier meeting, so this item cannot answer it.`,
          advice: 'list only items of meetings held before this one.',
        });
      }
    });
  }
}
