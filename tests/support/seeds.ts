/** The five real ModernGov seed pages in tests/fixtures/seeds, read as the tests need them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS } from './fixtures.ts';

export { SEEDS };

export interface Seed {
  file: string;
  title: string;
  /** Non-blank lines of the agenda description, whitespace and NBSP normalised. */
  description: string[];
  /** Non-blank lines of the minutes, whitespace and NBSP normalised. */
  minutes: string[];
}

/** Whitespace, non-breaking spaces and CRLF folded, as "nothing lost" compares text. */
export const normaliseText = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

export function readSeeds(): Seed[] {
  return readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((file) => {
      const lines = readFileSync(join(SEEDS, file), 'utf8').split(/\r?\n/).map(normaliseText);
      const titleAt = lines.findIndex((line, i) => i > lines.indexOf('Agenda item') && line !== '');
      const minutesAt = lines.indexOf('Minutes:');
      const endAt = lines.findIndex((line) => line.startsWith('Supporting documents:'));
      return {
        file,
        title: lines[titleAt],
        description: lines.slice(titleAt + 1, minutesAt).filter(Boolean),
        minutes: lines.slice(minutesAt + 1, endAt).filter(Boolean),
      };
    });
}
