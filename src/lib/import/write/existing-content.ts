/** What a content folder already holds that an import must respect: its bodies and localities, and each meeting's items. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { bodySchema, localitySchema } from '../../content/schema.ts';
import { parseYaml, validate } from '../../content/yaml-source.ts';
import { provenance, type ExistingItem } from './content-files.ts';

/** Reads the content folder's bodies and localities (only those: the rest need not exist yet). */
export function readKnown(out: string) {
  const folder = <T>(name: string, schema: z.ZodType<T>) =>
    (existsSync(join(out, name)) ? readdirSync(join(out, name)) : [])
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .flatMap((f) => {
        const parsed = parseYaml(readFileSync(join(out, name, f), 'utf8'), f);
        const value = parsed.source && validate(schema, parsed.source, f).value;
        return value ? [{ ...value, id: f.slice(0, -5) }] : [];
      });
  return { bodies: folder('bodies', bodySchema), localities: folder('localities', localitySchema) };
}

/** The frontmatter of an item file, as far as it reads. */
export function frontmatterOf(text: string): Record<string, unknown> {
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
  const data = front ? parseYaml(front, 'item').source?.data : undefined;
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/** The items already in a meeting folder. */
export function existingItems(folder: string): ExistingItem[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .flatMap((file) => {
      const text = readFileSync(join(folder, file), 'utf8');
      const data = frontmatterOf(text);
      return data.number !== undefined
        ? [{ file, number: String(data.number), title: String(data.title ?? ''), from: provenance(text).from }]
        : [];
    });
}
