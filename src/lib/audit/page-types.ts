/**
 * One page of every type a built site has, for the checks that look at each kind of page
 * once (the browser tests, Lighthouse) rather than at every page.
 */
import type { Corpus } from '../corpus/model.ts';
import { hasMinutes } from '../content/schema.ts';
import { paths } from '../pages/paths.ts';

/**
 * Page type → its path. The item is the one with the most decisions (the fullest page),
 * and the meeting, body and topic are its own; the locality is the first with figures
 * (charts), its own if it can be, and the years of a locality and topic are the item's own
 * year, and the follow-ups' year and body are the first item's with a follow-up; types the corpus has
 * none of are left out.
 * Example: pageTypes(loadCorpus('content')).home === ''.
 */
export function pageTypes(corpus: Corpus): Record<string, string> {
  const item = corpus.items.reduce<Corpus['items'][number] | undefined>(
    (best, next) => (!best || next.decisionList.length > best.decisionList.length ? next : best),
    undefined,
  );
  const bodyId = corpus.meetings.find((meeting) => meeting.id === item?.meeting)?.body;
  const body = corpus.bodies.find((b) => b.id === bodyId) ?? corpus.bodies[0];
  const charted = new Set(corpus.kpis.series.map((series) => series.locality));
  const locality =
    [...corpus.localities]
      .sort(
        (a, b) => Number(item?.localities?.includes(b.id) ?? false) - Number(item?.localities?.includes(a.id) ?? false),
      )
      .find((l) => charted.has(l.id)) ?? corpus.localities[0];
  const topic = corpus.topics.find((t) => item?.topics?.includes(t.id)) ?? corpus.topics[0];
  const [indicatorId, indicator] = [...corpus.kpis.indicators][0] ?? [];
  const asking = corpus.items.find((i) => i.actionList.length > 0);
  const askedIn = asking?.meeting.slice(0, 4);
  const askingBody = corpus.meetings.find((meeting) => meeting.id === asking?.meeting)?.body;
  // A scheduled (or cancelled) meeting's page shows its agenda, and says why it has no minutes.
  const agenda = corpus.meetings.find((meeting) => !hasMinutes(meeting));
  const types: Record<string, string | undefined> = {
    home: paths.home(),
    meetings: paths.meetings(),
    meeting: item && paths.meeting(item.meeting),
    'meeting without minutes': agenda && paths.meeting(agenda.id),
    item: item && paths.item(item),
    bodies: paths.bodies(),
    body: body && paths.body(body.id),
    localities: paths.localities(),
    'places A to Z': paths.places(),
    locality: locality && paths.locality(locality.id),
    'year of a locality':
      item && locality && item.localities.includes(locality.id)
        ? paths.localityYear(locality.id, Number(item.meeting.slice(0, 4)))
        : undefined,
    topics: paths.topics(),
    topic: topic && paths.topic(topic.id),
    'year of a topic':
      item && topic && item.topics.includes(topic.id)
        ? paths.topicYear(topic.id, Number(item.meeting.slice(0, 4)))
        : undefined,
    indicators: paths.indicators(),
    indicator: indicatorId && paths.indicator(indicator?.measure ?? indicatorId),
    decisions: paths.decisions(),
    'decisions of a body': body && paths.decisionsOfBody(body.id),
    'follow-ups': paths.actions(),
    'follow-ups of a year': askedIn && paths.actionsOfYear(Number(askedIn)),
    'follow-ups of a status': paths.actionsOfStatus('overdue'),
    'follow-ups of a body': askingBody && paths.actionsOfBody(askingBody),
    'open data': paths.data(),
    search: paths.search(),
    about: paths.about(),
    'about the figures': corpus.kpis.series.length > 0 ? paths.aboutFigures() : undefined,
    accessibility: paths.accessibility(),
    glossary: corpus.glossary.length > 0 ? paths.glossary() : undefined,
    'not found': 'no-such-page/',
  };
  return Object.fromEntries(Object.entries(types).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
