/**
 * The design, checked: modules small enough to read whole, and src/lib's folders in layers,
 * each importing only from itself and the folders before it, so the foundations never
 * depend on what is built on them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const LIB = join(ROOT, 'src/lib');

/** src/lib's folders, lowest first: a folder may import from itself and those before it. */
const LAYERS = [
  'text',
  'config',
  'content',
  'minutes',
  'kpi',
  'corpus',
  'pages',
  'search',
  'publish',
  'build',
  'import',
  'audit',
];

const MOST_LINES = 300;

/** Every file under `dir` whose name ends in one of `extensions`, as absolute paths. */
const filesUnder = (dir: string, extensions: readonly string[]) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => extensions.some((ext) => name.endsWith(ext)) && !name.split(sep).includes('node_modules'))
    .sort()
    .map((name) => join(dir, name));

const shown = (path: string) => relative(ROOT, path).split(sep).join('/');

/** The lines of a file, as an editor numbers them (a final newline starts no line). */
const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/** The relative modules a file imports or re-exports, statically or with import(). */
function importsOf(text: string): string[] {
  const found = [
    ...text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return found.map((m) => m[1]).filter((specifier) => specifier.startsWith('.'));
}

/** The folder of src/lib a path is in ('' for src/lib itself), or undefined when it is outside src/lib. */
function libFolder(path: string): string | undefined {
  const inLib = relative(LIB, path);
  if (inLib.startsWith('..') || inLib === '') return undefined;
  const parts = inLib.split(sep);
  return parts.length === 1 ? '' : parts[0];
}

describe('module size', () => {
  const modules = [
    ...filesUnder(join(ROOT, 'src'), ['.ts', '.astro']),
    ...filesUnder(join(ROOT, 'scripts'), ['.ts', '.astro']),
  ];

  it(`keeps every module in src/ and scripts/ to ${MOST_LINES} lines or fewer`, () => {
    const tooLong = modules.flatMap((path) => {
      const lines = lineCount(readFileSync(path, 'utf8'));
      return lines > MOST_LINES
        ? [
            `${shown(path)} has ${lines} lines, more than ${MOST_LINES}: split it into modules with one job each, ` +
              'named for that job (a module of types, one for each thing it reads or makes), and import them where it is used.',
          ]
        : [];
    });
    expect(tooLong, tooLong.join('\n')).toEqual([]);
  });
});

describe('src/lib layers', () => {
  it('has a folder for each layer and nothing loose at its top level', () => {
    const entries = readdirSync(LIB, { withFileTypes: true });
    const problems = [
      ...entries
        .filter((e) => e.isFile())
        .map(
          (e) =>
            `src/lib/${e.name} is loose at the top of src/lib: move it into the folder of its role (${LAYERS.join(', ')}) and update its importers.`,
        ),
      ...entries
        .filter((e) => e.isDirectory() && !LAYERS.includes(e.name))
        .map(
          (e) =>
            `src/lib/${e.name}/ is no layer: add "${e.name}" to LAYERS in tests/architecture.test.ts after the folders it imports from and before those that import it, or move its files into an existing folder.`,
        ),
    ];
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('imports only from its own folder and those before it in the layers', () => {
    const problems = filesUnder(LIB, ['.ts', '.astro', '.mjs', '.js']).flatMap((path) => {
      const from = libFolder(path);
      if (from === undefined || !LAYERS.includes(from)) return [];
      return importsOf(readFileSync(path, 'utf8')).flatMap((specifier) => {
        const target = resolve(dirname(path), specifier);
        const to = libFolder(target);
        if (to === undefined)
          return [
            `${shown(path)} imports ${specifier}, outside src/lib: src/lib is what pages and scripts build on, so move what it needs into src/lib, or pass it in as an argument.`,
          ];
        if (to === '' || !LAYERS.includes(to) || LAYERS.indexOf(to) <= LAYERS.indexOf(from)) return [];
        return [
          `${shown(path)} (layer ${from}) imports ${shown(target)} from ${to}, a later layer: move what it needs down into ${from}/ or a layer before it, or move this code up into ${to}/ or later.`,
        ];
      });
    });
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('importsOf', () => {
  it('finds static, re-exported, side-effect and dynamic imports, but not bare packages', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type {\n  B,\n} from '../b/b.ts';",
      "export { c } from './c.ts';",
      "export type { D } from './d.ts';",
      "import './e.ts';",
      "const f = await import('../f.ts');",
      "import { z } from 'astro/zod';",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a.ts', '../b/b.ts', './c.ts', './d.ts', './e.ts', '../f.ts']);
  });
});
