/**
 * One input file to the site's content: its meetings and items, with what was recognised
 * in them (decisions, follow-ups, votes, localities), what needs a person's review, what
 * was left out and why, and any line of the source the result lost.
 *
 * Pure but for reading documents: bytes and the content's bodies and localities in, data
 * out. scripts/import.ts reads and writes the files.
 */
import { hasMinutes } from '../content/schema.ts';
import { importItem } from './import-item.ts';
import { importMeeting } from './import-meeting.ts';
import type { ImportOptions, ImportResult, MeetingFields } from './imported.ts';
import { itemTexts, lostLines, meetingTexts } from './nothing-lost.ts';
import { parsePage } from './page/parse-page.ts';
import { sourceText, type Refusal, type SourceFormat } from './read/source-text.ts';
import { cleanLines } from './text/clean-lines.ts';

/** Words only a record of what happened uses (an agenda says what will happen), in English and Welsh. */
const RECORDED =
  /\b(?:was|were|had|has been|have been|noted|agreed|resolved|decided|approved|reported|advised|explained|confirmed|welcomed|received|discussed|asked|requested|declared|presented|thanked|attended|none|nil|carried|lost|penderfynwyd|cytunwyd|nodwyd|cafwyd|derbyniwyd|\p{L}+(?:odd|wyd))\b/iu;

/** A verb in the past tense, but for the participles agendas use ("the attached report", "Members are asked to"). */
const PAST_TENSE =
  /\b(?!(?:attached|proposed|required|circulated|asked|invited|requested|published|scheduled|detailed|enclosed|appended|excluded|called|concerned|related|based|limited|entitled|involved|described|needed|expected|intended|planned|considered|submitted|used|associated|supported|affected|interested|allocated|delegated|amended|updated|included|listed|outlined)\b)\p{Ll}{3,}ed\b/u;

/**
 * What an agenda says of what is to come ("will be confirmed", "Members are requested to",
 * exempt information "provided by the authority"): its past participles record nothing.
 */
const AGENDA_VOICE = /\b(?:will|shall|may|to be)\b|\b(?:is|are) (?:requested|asked|invited)\b|\bprovided by\b/i;

/** "# source: https://…" or "Source: https://…" as a text export's first line. */
const SOURCE_LINE = /^#?\s*source:\s*(https?:\/\/\S+)$/i;

/**
 * Imports one file's bytes.
 * Example: (await importPage(readFileSync('002.txt'), { bodies, localities, body: 'lincolnshire-hwb', date: '2019-03-01' })).items[0].decisions === 1.
 */
export async function importPage(bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  const source = await sourceText(bytes);
  if ('problem' in source) return { ok: false, ...source };
  const { lines: cleaned, leftOut } = cleanLines(source.text);
  // "# source: https://…" first: the address a text export was saved from.
  const addressAt = cleaned.findIndex((l) => l.text.trim() !== '');
  const address = SOURCE_LINE.exec(cleaned[addressAt]?.text.trim() ?? '')?.[1];
  if (address) leftOut.push({ at: cleaned[addressAt].at, text: cleaned[addressAt].text, reason: 'address' });
  const lines = address ? cleaned.filter((_, i) => i !== addressAt) : cleaned;
  // Only a full web address is a source the site can link to: a saved page's may be relative.
  const url = [source.url, address].find((u) => u !== undefined && /^https?:\/\/[^\s/]+/i.test(u));
  if (!lines.some((l) => /\p{L}{2}/u.test(l.text))) return { ok: false, ...noText(source.format) };
  const page = parsePage(lines, source.format === 'PDF' || source.format === 'Word' ? source.format : undefined);
  // An agenda when no line of the page reads as a record: minutes the page's layout hid are never taken for one.
  // A committee system's meeting page shows the agenda until the minutes come, in its own voice.
  const agendaVoice = (text: string) => page.kind === 'committee system page' && AGENDA_VOICE.test(text);
  const records = lines.some((l) => (RECORDED.test(l.text) || PAST_TENSE.test(l.text)) && !agendaVoice(l.text));
  const agenda = !records && !page.items.some((item) => item.labelled);

  const meetings: MeetingFields[] = [];
  for (const pageMeeting of page.meetings) {
    const meeting = importMeeting(pageMeeting, url, page.kind, options, agenda);
    if ('problem' in meeting) return { ok: false, ...meeting };
    meetings.push(meeting);
  }
  // An item's own page is its source; a meeting page is the meeting's.
  const itemSource = options.item?.source ?? (meetings[0].source === undefined ? url : undefined);
  const items = page.items.map((item) => {
    const meeting = meetings[item.meeting];
    return importItem(item, {
      ...options,
      meetingFolder: `${meeting.date}-${meeting.body}`,
      date: meeting.date,
      source: itemSource,
      links: source.links,
      agenda: !hasMinutes(meeting),
    });
  });
  const allLeftOut = [...leftOut, ...page.leftOut];
  const lost = lostLines(source.text, allLeftOut, [
    ...meetings.flatMap(meetingTexts),
    ...items.flatMap((item) =>
      itemTexts({ ...item.frontmatter, number: item.number, title: item.title }, item.markdown),
    ),
  ]);
  return { ok: true, kind: page.kind, format: source.format, meetings, items, leftOut: allLeftOut, lost };
}

function noText(format: SourceFormat): Refusal {
  return format === 'PDF'
    ? {
        problem: 'The PDF has no text in it, only images of the pages (a scan).',
        advice: 'ask for the original document, or run the PDF through OCR software and import the result.',
      }
    : {
        problem: 'The file has no text in it: nothing was recorded in it to import.',
        advice: 'check it is the right file; save the minutes page again (as text, HTML, PDF or Word) and import that.',
      };
}
