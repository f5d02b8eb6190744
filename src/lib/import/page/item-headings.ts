/**
 * Where the items of a whole meeting start: the headings its minutes use ("1.", "27." on
 * a line of its own, "6a Title", "1/16", "HCP1", "ITEM 3", "Minute 45", "HWB/23/14",
 * "7.10", roman numerals), told apart from numbered paragraphs and lists by their order
 * and their wording.
 */

/** An item heading: its line, the line holding its title, its number and title. */
export interface ItemHeading {
  at: number;
  titleAt: number;
  number: string;
  title: string;
}

type Style = 'alone' | 'joined' | 'keyword' | 'code' | 'reference' | 'sub';

interface Candidate extends ItemHeading {
  style: Style;
  /** Where the number sorts: 6 for "6", 6.01 for "6a", 7.1 for "7.10"; undefined for codes that do not count. */
  rank?: number;
}

const ARABIC = String.raw`\d{1,3}(?:[a-z]|\(?[a-z]\))?`;
const ROMAN = String.raw`(?:X{0,3})(?:IX|IV|V?I{0,3})`;
const CODE = String.raw`[A-Z]{2,6}\s?\d{1,3}[a-z]?`;
/** "1/16" (item 1 of 2016) and "29.3"-style two-level numbers kept apart from plain ones. */
const NUMBER_ALONE = new RegExp(String.raw`^(?:(${ARABIC})(?:/\d{2,4})?|(${CODE})|(${ROMAN}))[.:)]?$`);
const NUMBER_AND_TITLE = new RegExp(String.raw`^(${ARABIC}(?:/\d{2,4})?|${ROMAN})[.:)]?\s+(\S.*)$`);
const KEYWORD_HEADING = new RegExp(
  String.raw`^(?:agenda\s+)?(?:item|minute|min\.?)\s*(?:no\.?\s*)?(${ARABIC}(?:\.\d{1,2})?)\b[.:)]?(?:\s*[-–—:]\s*|\s+)?(.*)$`,
  'i',
);
const CODE_AND_TITLE = new RegExp(String.raw`^(${CODE})[.:)]?\s+(\S.*)$`);
/** "HWB/23/14 Title": a minute reference leading its item, counted by its last number. */
const REFERENCE_AND_TITLE = /^([A-Z]{2,8}\/(?:\d{2,4}\/)?(\d{1,4}))[.:)]?\s+(\S.*)$/;
const SUB_AND_TITLE = /^(\d{1,3}\.\d{1,2})\.?\s+(\S.*)$/;

const romanValue = (text: string) => {
  const values: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = values[text[i]];
    total += value < (values[text[i + 1]] ?? 0) ? -value : value;
  }
  return total;
};

/** Where a number sorts among the items: "6a" just after "6", roman as arabic. */
function rankOf(number: string): number | undefined {
  if (/^[IVX]+$/.test(number)) return romanValue(number);
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?\(?([a-z])?\)?/.exec(number);
  if (!match) return undefined;
  return (
    Number(match[1]) + (match[2] ? Number(match[2]) / 100 : 0) + (match[3] ? (match[3].charCodeAt(0) - 96) / 1000 : 0)
  );
}

/**
 * True when a line reads as an item's title rather than a sentence of minutes: short,
 * not ending as a sentence or clause does, not starting as a resolution does.
 * Example: looksLikeTitle('Apologies for Absence') === true; looksLikeTitle('That the report be noted.') === false.
 */
export function looksLikeTitle(text: string): boolean {
  const title = text.trim();
  if (title.length < 2 || title.length > 160 || !/^[\p{Lu}\p{N}"'‘“(]/u.test(title)) return false;
  // "1." then "Agreed", "1.1 Resolved to appoint…": a numbered resolution, not an item; "Decision" alone labels one.
  if (
    /^(?:agreed|noted|resolved|approved|decided|endorsed|deferred|penderfynwyd|cytunwyd)\b|^(?:decisions?|penderfyniad)\W*$/i.test(
      title,
    ) ||
    /\s[–—-]$/.test(title)
  )
    return false;
  if (/[,;:]$/.test(title) || /^(?:that|to|the (?:board|committee|council|chair)\b)/i.test(title))
    return /^to\b/i.test(title) && capitalsShare(title) > 0.6;
  const capitals = title === title.toUpperCase();
  if (/[.!?]$/.test(title)) return capitals || title.split(/\s+/).length <= 6;
  return true;
}

/** The share of a text's words that start with a capital (or are not words). */
function capitalsShare(text: string): number {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w) && w.length > 3);
  return words.length ? words.filter((w) => /^\P{Ll}/u.test(w)).length / words.length : 1;
}

const nextText = (lines: readonly string[], from: number) => lines.findIndex((l, i) => i >= from && l.trim() !== '');

/** Every line that could head an item, with its style. */
function candidates(lines: readonly string[], isLabel: (line: string) => boolean): Candidate[] {
  const found: Candidate[] = [];
  lines.forEach((raw, at) => {
    const line = raw.trim();
    if (!line || raw.startsWith('  ')) return;
    const alone = NUMBER_ALONE.exec(line);
    if (alone && line !== 'I' && line !== 'V' && line !== 'X') {
      const titleAt = nextText(lines, at + 1);
      const title = titleAt >= 0 ? lines[titleAt].trim() : '';
      if (
        titleAt >= 0 &&
        !isLabel(title) &&
        !NUMBER_ALONE.test(title) &&
        looksLikeTitle(title.replace(/\s*\([^)]*\)$/, ''))
      ) {
        const number = line.replace(/[.:)]$/, '').replace(/\s/g, '');
        found.push({
          at,
          titleAt,
          number,
          title,
          style: alone[2] ? 'code' : 'alone',
          rank: alone[2] ? undefined : rankOf(number),
        });
      }
      return;
    }
    const keyword = KEYWORD_HEADING.exec(line);
    if (keyword && (!keyword[2] || looksLikeTitle(keyword[2]))) {
      const titleAt = keyword[2] ? at : nextText(lines, at + 1);
      const title = keyword[2] || (titleAt >= 0 ? lines[titleAt].trim() : '');
      if (title && !isLabel(title))
        found.push({ at, titleAt, number: keyword[1], title, style: 'keyword', rank: rankOf(keyword[1]) });
      return;
    }
    const reference = REFERENCE_AND_TITLE.exec(line);
    if (reference && looksLikeTitle(reference[3])) {
      found.push({
        at,
        titleAt: at,
        number: reference[1],
        title: reference[3],
        style: 'reference',
        rank: Number(reference[2]),
      });
      return;
    }
    const code = CODE_AND_TITLE.exec(line);
    if (code && looksLikeTitle(code[2]) && /\d/.test(code[1])) {
      found.push({ at, titleAt: at, number: code[1].replace(/\s/g, ''), title: code[2], style: 'code' });
      return;
    }
    const sub = SUB_AND_TITLE.exec(line);
    if (sub && looksLikeTitle(sub[2]) && !/[.!?]$/.test(sub[2])) {
      found.push({ at, titleAt: at, number: sub[1], title: sub[2], style: 'sub', rank: rankOf(sub[1]) });
      return;
    }
    const joined = NUMBER_AND_TITLE.exec(line);
    if (joined && looksLikeTitle(joined[2])) {
      const number = joined[1].replace(/\.$/, '');
      found.push({ at, titleAt: at, number, title: joined[2], style: 'joined', rank: rankOf(number) });
    }
  });
  return found;
}

/** The longest run of candidates whose numbers go up, codes allowed anywhere in it. */
function longestRising(group: readonly Candidate[]): Candidate[] {
  const ranked = group.map((c, i) => ({ c, i })).filter(({ c }) => c.rank !== undefined);
  // best[k]: the longest rising chain ending at ranked[k].
  const best: number[] = [];
  const previous: number[] = [];
  ranked.forEach(({ c }, k) => {
    best[k] = 1;
    previous[k] = -1;
    for (let j = 0; j < k; j++) {
      if (ranked[j].c.rank! < c.rank! && best[j] + 1 > best[k]) {
        best[k] = best[j] + 1;
        previous[k] = j;
      }
    }
  });
  let end = best.indexOf(Math.max(0, ...best));
  const chain: Candidate[] = [];
  while (end >= 0) {
    chain.unshift(ranked[end].c);
    end = previous[end];
  }
  return chain;
}

/**
 * The headings that split a meeting's minutes into items, in order: the style of heading
 * that gives the longest rising run of numbers (codes such as "HCP1" among them), or none
 * when no style gives two items.
 * Example: itemHeadings(['1.', 'Apologies', 'None.', '2.', 'Minutes', 'Agreed.'], () => false).map((h) => h.number) → ['1', '2'].
 */
export function itemHeadings(lines: readonly string[], isLabel: (line: string) => boolean): ItemHeading[] {
  const all = candidates(lines, isLabel);
  let chosen: Candidate[] = [];
  for (const style of ['alone', 'keyword', 'reference', 'joined'] as const) {
    const chain = longestRising(all.filter((c) => c.style === style));
    if (chain.length > chosen.length) chosen = chain;
  }
  // "7.10 Finance report" heads items only where nothing else does: beside "7." it numbers a paragraph.
  if (chosen.length < 2) chosen = longestRising(all.filter((c) => c.style === 'sub'));
  if (chosen.length < 2) return [];
  // Codes standing as the chosen style does ("HCP1" alone on its line among "1.", "2.") are items too.
  const codeStyle = chosen[0].style === 'alone' ? 'code' : undefined;
  const codes = all.filter((c) => c.style === codeStyle && c.at > chosen[0].at);
  const headings = [...chosen, ...codes].sort((a, b) => a.at - b.at);
  // A title taken as the next heading's number would overlap it: keep the first.
  return headings
    .filter((h, i) => i === 0 || h.at > headings[i - 1].titleAt)
    .map(({ at, titleAt, number, title }) => ({ at, titleAt, number, title }));
}
