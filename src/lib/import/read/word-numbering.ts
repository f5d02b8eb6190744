/**
 * Word's automatic numbering written into the text of its paragraphs ("6.", "6.1", "(a)"),
 * as Word shows it. Mammoth leaves the numbers out and makes each run of numbered
 * paragraphs an HTML list starting again at 1, so minutes numbered 27, 28, 29 with text
 * between them would read 1, 1, 1, and paragraph 6.1 would read 1. Bulleted paragraphs
 * are left alone: they stay lists.
 *
 * A small reader of WordprocessingML with regular expressions: only the few elements
 * numbering depends on are read (w:p, w:pPr, w:numPr, w:pStyle, numbering.xml, styles.xml).
 */

interface Level {
  start: number;
  /** w:numFmt: decimal, lowerLetter, upperRoman, bullet, none… */
  format: string;
  /** w:lvlText, "%1.%2" meaning the counters of levels 1 and 2. */
  text: string;
  /** w:isLgl: every level's counter shown as a decimal ("1.1" under a roman "I"). */
  legal: boolean;
  /** What follows the number: a tab or space (shown as a space), or nothing. */
  suffix: string;
  /** The paragraph style that carries this level (w:pStyle). */
  style?: string;
}

interface Numbering {
  abstracts: Map<string, { levels: Map<number, Level>; styleLink?: string }>;
  nums: Map<string, { abstract: string; starts: Map<number, number>; levels: Map<number, Level> }>;
}

interface Style {
  basedOn?: string;
  numId?: string;
  ilvl?: number;
}

/** Paragraphs mammoth must not number again: numId 0 means "no numbering" to Word and to mammoth. */
const NO_NUMBERING = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';

/**
 * The document's XML with each automatically numbered paragraph's number written at its
 * start and its list numbering removed; bulleted paragraphs unchanged.
 * Example: numberParagraphs(documentXml, numberingXml, stylesXml) turns `<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>Text</w:t></w:r></w:p>` into a paragraph reading "6.1 Text".
 */
export function numberParagraphs(documentXml: string, numberingXml = '', stylesXml = ''): string {
  const styles = readStyles(stylesXml);
  const numbering = readNumbering(numberingXml, styles);
  const styledLevels = new Set(
    [...numbering.abstracts.values()].flatMap((a) => [...a.levels.values()].map((l) => l.style)),
  );
  const counters = new Map<string, number[]>();
  const edits: { start: number; end: number; text: string }[] = [];

  for (const open of documentXml.matchAll(/<w:p(?=[\s>])[^>]*>/g)) {
    if (open[0].endsWith('/>')) continue;
    const at = open.index + open[0].length;
    const pPr = propertiesAt(documentXml, at);
    const own = pPr ? pPr.inner.replace(/<w:pPrChange\b[\s\S]*?<\/w:pPrChange>/g, '') : '';
    const styleId = value(own, 'w:pStyle');
    const numPr = /<w:numPr\b[^>]*>([\s\S]*?)<\/w:numPr>/.exec(own)?.[1];
    const style = styleNumbering(styleId, styles);
    const numId = (numPr && value(numPr, 'w:numId')) ?? style.numId;
    if (!numId && !(styleId && styledLevels.has(styleId))) continue;
    const found =
      numId && numId !== '0'
        ? levelOf(numbering, numId, numPr && value(numPr, 'w:ilvl'), style.ilvl, styleId)
        : undefined;
    if (found?.level.format === 'bullet') continue;
    const label = found ? labelOf(found, counters) : '';
    const inner = (pPr?.inner ?? '').replace(/<w:numPr\b[^>]*\/>|<w:numPr\b[^>]*>[\s\S]*?<\/w:numPr>/g, '');
    const run = label ? `<w:r><w:t xml:space="preserve">${escapeXml(label)}</w:t></w:r>` : '';
    edits.push({ start: at, end: pPr?.end ?? at, text: `<w:pPr>${NO_NUMBERING}${inner}</w:pPr>${run}` });
  }

  let out = '';
  let from = 0;
  for (const edit of edits) {
    out += documentXml.slice(from, edit.start) + edit.text;
    from = edit.end;
  }
  return out + documentXml.slice(from);
}

/** The paragraph properties starting at `at`, if the paragraph has them (they come first). */
function propertiesAt(xml: string, at: number): { inner: string; end: number } | undefined {
  const open = /\s*<w:pPr(?=[\s>/])[^>]*>/y;
  open.lastIndex = at;
  const found = open.exec(xml);
  if (!found) return undefined;
  const from = at + found[0].length;
  if (found[0].endsWith('/>')) return { inner: '', end: from };
  // A tracked change of formatting nests an older w:pPr inside this one.
  const tags = /<(\/?)w:pPr(?=[\s>/])[^>]*>/g;
  tags.lastIndex = from;
  let depth = 1;
  for (let tag = tags.exec(xml); tag; tag = tags.exec(xml)) {
    if (tag[1]) depth--;
    else if (!tag[0].endsWith('/>')) depth++;
    if (depth === 0) return { inner: xml.slice(from, tag.index), end: tag.index + tag[0].length };
  }
  return undefined;
}

function levelOf(
  numbering: Numbering,
  numId: string,
  ownIlvl: string | undefined,
  styleIlvl: number | undefined,
  styleId: string | undefined,
) {
  const num = numbering.nums.get(numId);
  const abstract = num && numbering.abstracts.get(num.abstract);
  if (!num || !abstract) return undefined;
  const levels = new Map([...abstract.levels, ...num.levels]);
  const styled = [...levels].find(([, l]) => styleId && l.style === styleId)?.[0];
  const ilvl = ownIlvl !== undefined ? Number(ownIlvl) : (styleIlvl ?? styled ?? 0);
  const level = levels.get(ilvl);
  if (!level) return undefined;
  // Lists sharing an abstract definition continue one another's numbering unless one restarts it.
  const key = num.starts.size || num.levels.size ? `num ${numId}` : `abstract ${num.abstract}`;
  const start = (l: number) => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
  return { key, ilvl, level, levels, start };
}

function labelOf(found: NonNullable<ReturnType<typeof levelOf>>, all: Map<string, number[]>): string {
  const { key, ilvl, level, levels, start } = found;
  const counters = all.get(key) ?? [];
  all.set(key, counters);
  for (let l = 0; l < ilvl; l++) counters[l] ??= start(l);
  counters[ilvl] = counters[ilvl] === undefined ? start(ilvl) : counters[ilvl] + 1;
  counters.length = ilvl + 1;
  if (level.format === 'none') return '';
  const label = level.text.replace(/%([1-9])/g, (_, n: string) => {
    const l = Number(n) - 1;
    return formatNumber(counters[l] ?? start(l), level.legal ? 'decimal' : (levels.get(l)?.format ?? 'decimal'));
  });
  return label ? label + level.suffix : '';
}

/** A counter as Word shows it in a format: formatNumber(4, 'lowerRoman') → 'iv', formatNumber(28, 'lowerLetter') → 'bb'. */
function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'ordinal':
      return n + (n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'));
    default:
      return String(n);
  }
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const steps: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [size, digits] of steps) for (; n >= size; n -= size) out += digits;
  return out;
}

/** Word's letters go a…z, then aa…zz, then aaa…: the letter repeated, not a base-26 count. */
function letters(n: number): string {
  if (n <= 0) return String(n);
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.ceil(n / 26));
}

function readNumbering(xml: string, styles: Map<string, Style>): Numbering {
  const abstracts: Numbering['abstracts'] = new Map();
  for (const [attrs, inner] of elements(xml, 'w:abstractNum')) {
    const id = attribute(attrs, 'w:abstractNumId');
    if (id !== undefined) abstracts.set(id, { levels: readLevels(inner), styleLink: value(inner, 'w:numStyleLink') });
  }
  const nums: Numbering['nums'] = new Map();
  for (const [attrs, inner] of elements(xml, 'w:num')) {
    const id = attribute(attrs, 'w:numId');
    const abstract = value(inner, 'w:abstractNumId');
    if (id === undefined || abstract === undefined) continue;
    const starts = new Map<number, number>();
    const levels = new Map<number, Level>();
    for (const [overrideAttrs, override] of elements(inner, 'w:lvlOverride')) {
      const ilvl = Number(attribute(overrideAttrs, 'w:ilvl') ?? 0);
      const start = value(override, 'w:startOverride');
      if (start !== undefined) starts.set(ilvl, Number(start));
      for (const [l, level] of readLevels(override)) levels.set(l, level);
    }
    nums.set(id, { abstract, starts, levels });
  }
  // A list style's definition lives in another abstract definition, reached through the style's numbering.
  for (const abstract of abstracts.values()) {
    const linked = abstract.styleLink && styles.get(abstract.styleLink)?.numId;
    const target = linked && abstracts.get(nums.get(linked)?.abstract ?? '');
    if (target && target !== abstract) abstract.levels = target.levels;
  }
  return { abstracts, nums };
}

function readLevels(xml: string): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const [attrs, inner] of elements(xml, 'w:lvl')) {
    const suffix = value(inner, 'w:suff');
    levels.set(Number(attribute(attrs, 'w:ilvl') ?? 0), {
      // Word writes w:start on every level it makes; a level without one counts from 1.
      start: Number(value(inner, 'w:start') ?? 1),
      format: value(inner, 'w:numFmt') ?? 'decimal',
      text: value(inner, 'w:lvlText') ?? '',
      legal: /<w:isLgl\b(?![^>]*w:val="(?:0|false)")/.test(inner),
      suffix: suffix === 'nothing' ? '' : ' ',
      style: value(inner, 'w:pStyle'),
    });
  }
  return levels;
}

function readStyles(xml: string): Map<string, Style> {
  const styles = new Map<string, Style>();
  for (const [attrs, inner] of elements(xml, 'w:style')) {
    const id = attribute(attrs, 'w:styleId');
    const numPr = /<w:numPr\b[^>]*>([\s\S]*?)<\/w:numPr>/.exec(inner)?.[1];
    const ilvl = numPr && value(numPr, 'w:ilvl');
    if (id !== undefined)
      styles.set(id, {
        basedOn: value(inner, 'w:basedOn'),
        numId: numPr && value(numPr, 'w:numId'),
        ilvl: ilvl ? Number(ilvl) : undefined,
      });
  }
  return styles;
}

/** The numbering a paragraph style gives, its own or inherited from the style it is based on. */
function styleNumbering(styleId: string | undefined, styles: Map<string, Style>): Style {
  const seen = new Set<string>();
  for (let id = styleId; id && !seen.has(id); id = styles.get(id)?.basedOn) {
    seen.add(id);
    const style = styles.get(id);
    if (style?.numId) return style;
  }
  return {};
}

/** The attributes and content of each `tag` element in xml that has content (these do not nest). */
function elements(xml: string, tag: string): [string, string][] {
  const pattern = new RegExp(`<${tag}(?=[\\s>])((?:[^>/]|/(?!>))*)>([\\s\\S]*?)</${tag}>`, 'g');
  return [...xml.matchAll(pattern)].map(([, attrs, inner]) => [attrs, inner]);
}

/** The w:val of the first `tag` element in xml. */
function value(xml: string, tag: string): string | undefined {
  const element = new RegExp(`<${tag}(?=[\\s/>])([^>]*)>`).exec(xml);
  return element ? attribute(element[1], 'w:val') : undefined;
}

function attribute(attrs: string, name: string): string | undefined {
  const found = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return found ? decodeXml(found[1] ?? found[2]) : undefined;
}

function decodeXml(text: string): string {
  return text.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi,
    (_, dec: string, hex: string, name: string) => {
      if (dec || hex) return String.fromCodePoint(dec ? Number(dec) : parseInt(hex, 16));
      return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name.toLowerCase()] ?? '';
    },
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
