/**
 * A schema's complaint about one field, as a problem a clerk can act on: zod's own words
 * ("Too small: expected string to have >=1 characters") never reach the page.
 */
import type { z } from 'astro/zod';
import { closest, fieldPath, type ContentProblem } from './content-error.ts';
import { oddCharacter } from './odd-characters.ts';

/** One problem for one zod issue about `data`, at the line `lineOf` gives for its field. */
export function issueToProblem(
  issue: z.core.$ZodIssue,
  data: unknown,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  file: string,
  schema: z.ZodType,
): ContentProblem {
  const at = { file, line: lineOf(issue.path), field: issue.path.length ? fieldPath(issue.path) : undefined };
  const given = valueAt(data, issue.path);
  if (given === undefined && issue.path.length > 0 && issue.code !== 'unrecognized_keys') {
    const choices = issue.code === 'invalid_value' ? ` (one of: ${issue.values.map(String).join(', ')})` : '';
    return {
      ...at,
      message: `The field "${at.field}" is missing.`,
      advice: `add it: "${String(issue.path.at(-1))}: …"${choices}, as in README.md's content format.`,
    };
  }
  const odd = typeof given === 'string' && issue.code !== 'too_small' ? oddCharacter(given) : undefined;
  if (odd)
    return {
      ...at,
      message: `This has ${odd.said}, which looks like an ordinary character on screen but is not allowed here.`,
      advice: odd.hyphen
        ? 'type an ordinary hyphen "-" in its place (word processors turn hyphens into dashes).'
        : 'delete it: type the value again by hand rather than pasting it.',
    };
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysAt(schema, issue.path);
      return {
        ...at,
        line: lineOf([...issue.path, issue.keys[0]]),
        field: fieldPath([...issue.path, issue.keys[0]]),
        message: `Minuted does not know the field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}.`,
        advice:
          suggestionFor(issue.keys[0], known) ??
          'check the spelling against the content format in README.md, or remove it.',
      };
    }
    case 'invalid_value':
      return {
        ...at,
        message: `${JSON.stringify(given)} is not allowed here.`,
        advice: `use one of: ${issue.values.map((v) => `"${String(v)}"`).join(', ')}.`,
      };
    case 'invalid_type':
      // YAML reads 1e400 as infinity, which no figure is (and JSON would write as "null").
      if (typeof given === 'number' && !Number.isFinite(given))
        return {
          ...at,
          message: 'This number is too large for Minuted to read: it comes out as infinity.',
          advice: 'check it against what was published, and give it in full, e.g. 41049.',
        };
      // A field written with nothing after its colon reads as null: say it is empty, not "null".
      return {
        ...at,
        message: given === null ? 'The field is empty.' : `${JSON.stringify(given)} is not ${article(issue.expected)}.`,
        advice: `give ${article(issue.expected)} here, as in README.md's content format.`,
      };
    default:
      return { ...at, message: `${JSON.stringify(given)} is not accepted.`, advice: adviceFor(issue) };
  }
}

/** The schema's own advice where it gives one; otherwise zod's limits, in words. */
function adviceFor(issue: z.core.$ZodIssue): string {
  const own = !/^(?:Too (?:small|big)|Invalid|Expected)/.test(issue.message);
  if (own || (issue.code !== 'too_small' && issue.code !== 'too_big'))
    return own ? `${issue.message}.`.replace(/\.\.$/, '.') : 'check the value against the content format in README.md.';
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  if (issue.origin === 'string')
    return issue.code === 'too_small' ? 'write something here, or remove the line.' : `shorten it to ${limit} characters.`;
  if (issue.origin === 'array')
    return issue.code === 'too_small'
      ? `list at least ${limit === 1 ? 'one' : limit}, as in README.md's content format.`
      : `list at most ${limit}.`;
  const inclusive = 'inclusive' in issue && issue.inclusive;
  return issue.code === 'too_small'
    ? `give a number ${inclusive ? 'of at least' : 'above'} ${limit}.`
    : `give a number ${inclusive ? 'of at most' : 'below'} ${limit}.`;
}

/** The field names a schema allows at `path`, looking through optional, default and arrays. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let at: unknown = schema;
  const unwrap = () => {
    for (let guard = 0; guard < 5; guard++) {
      const def = (at as { def?: { innerType?: unknown; element?: unknown; type?: string } }).def;
      if (def?.innerType) at = def.innerType;
      else if (def?.type === 'array') at = def.element;
      else break;
    }
  };
  for (const key of path) {
    unwrap();
    if (typeof key === 'number') continue;
    at = (at as { shape?: Record<string, unknown> }).shape?.[String(key)];
  }
  unwrap();
  return Object.keys((at as { shape?: Record<string, unknown> })?.shape ?? {});
}

function suggestionFor(key: string, known: string[]): string | undefined {
  const guess = closest(key, known);
  return guess ? `did you mean "${guess}"?` : undefined;
}

const article = (type: string) =>
  ({ string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a set of fields' })[
    type
  ] ?? type;

/** The value at `path` in parsed data. Example: valueAt({ a: [1, 2] }, ['a', 1]) === 2. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = data;
  for (const key of path) at = at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return at;
}
