/**
 * Rules on what cited passages state about dates, build time only:
 * - a passage that states a date, start or end holds the record citing it to that date (a programme
 *   citing a passage that states its end carries that end);
 * - a sentence that says when something opened (a railway, an office, a line) gives a date that one of
 *   the events it is tied to, or a passage it cites, states: the railway cannot open in one year in the
 *   route and in another in the event.
 */

import type { Dataset } from '../model/dataset.ts';
import type { Problem } from '../model/problem.ts';
import { DATA_FILES } from './files.ts';
import type { AtlasEvent, PartialDate, Source } from './schema.ts';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** `13 July 1994`, `July 1994` or `1994`. */
function formatStatedDate(date: PartialDate): string {
  const month = date.month ? `${MONTHS[date.month - 1]} ` : '';
  return `${date.day ?? ''}${date.day ? ' ' : ''}${month}${date.year}`;
}

/** Whether two partial dates agree on every part both give. */
export function agreeOnGivenParts(a: PartialDate, b: PartialDate): boolean {
  if (a.year !== b.year) return false;
  if (a.month !== undefined && b.month !== undefined && a.month !== b.month) return false;
  return !(a.day !== undefined && b.day !== undefined && a.day !== b.day);
}

/** Year and month as one number, for "lies within" comparisons at month precision. */
function toMonthIndex(date: PartialDate, end: boolean): number {
  return date.year * 12 + (date.month ?? (end ? 12 : 1));
}

function checkEventPassages(event: AtlasEvent, i: number, problems: Problem[]): void {
  const start: PartialDate = { year: event.date.year, month: event.date.month, day: event.date.day };
  const end = event.date.end;
  event.sources.forEach((source, j) => {
    const states = source.states;
    if (!states) return;
    const at = `$[${i}].sources[${j}].states`;
    const report = (part: string, message: string) =>
      problems.push({ file: DATA_FILES.events, path: `${at}.${part}`, rule: 'passage-date', message });
    if (states.start && !agreeOnGivenParts(states.start, start))
      report(
        'start',
        `the passage cited states a start of ${formatStatedDate(states.start)}, but the event starts ${formatStatedDate(start)}`,
      );
    if (states.end && !(end && agreeOnGivenParts(states.end, end)))
      report(
        'end',
        `the passage cited states an end of ${formatStatedDate(states.end)}, but the event ${end ? `ends ${formatStatedDate(end)}` : 'has no end'}`,
      );
    if (states.date) {
      const d = states.date;
      const inside =
        toMonthIndex(d, false) >= toMonthIndex(start, false) &&
        toMonthIndex(d, true) <= toMonthIndex(end ?? start, true);
      if (!agreeOnGivenParts(d, start) && !(end && agreeOnGivenParts(d, end)) && !inside)
        report(
          'date',
          `the passage cited states ${formatStatedDate(d)}, which is neither the event's date nor within its span`,
        );
    }
  });
}

function checkProgrammePassages(data: Dataset, problems: Problem[]): void {
  data.programmes.forEach((programme, i) => {
    programme.sources.forEach((source, j) => {
      const states = source.states;
      if (!states) return;
      const at = `$[${i}].sources[${j}].states`;
      if (states.end && programme.until !== states.end.year)
        problems.push({
          file: DATA_FILES.programmes,
          path: `${at}.end`,
          rule: 'passage-end',
          message: `the passage cited states that the programme ended in ${formatStatedDate(states.end)}, so until must be ${states.end.year} (it is ${programme.until ?? 'not set'})`,
        });
      if (states.start && programme.since !== states.start.year)
        problems.push({
          file: DATA_FILES.programmes,
          path: `${at}.start`,
          rule: 'passage-start',
          message: `the passage cited states that the programme started in ${formatStatedDate(states.start)}, so since must be ${states.start.year} (it is ${programme.since})`,
        });
    });
  });
}

/** Words that make a sentence a claim about when something opened or began to run. */
const OPENING =
  /\b(?:open(?:s|ed|ing)?|inaugurat\w*|commercial (?:traffic|service)|(?:goods|freight|first)\b[^.;]{0,24}\btrains?|trains?\b[^.;]{0,24}\b(?:run|ran|runs|continue))\b/i;
/** Words that say a thing opened, as against a train that merely ran. */
const OPENED = /\b(?:open(?:s|ed|ing)?|inaugurat\w*|commercial (?:traffic|service))\b/i;
const DATED = new RegExp(`(?:\\b(${MONTHS.join('|')})\\s+)?\\b(19[89]\\d|20[0-3]\\d)\\b`, 'gi');

/** The dates a text gives: a year, with its month where one stands right before it. */
export function findSentenceDates(text: string): PartialDate[] {
  return [...text.matchAll(DATED)].map((m) => {
    const month = m[1] ? MONTHS.indexOf(m[1].toLowerCase()) + 1 : 0;
    return month > 0 ? { year: Number(m[2]), month } : { year: Number(m[2]) };
  });
}

/** One dated clause of an opening claim: its dates, and whether it says something opened then. */
export interface OpeningClaim {
  sentence: string;
  clause: string;
  dates: PartialDate[];
  opened: boolean;
}

/**
 * The dated clauses of the sentences of a text that say when something opened or began to run. A
 * clause that says "opened" must give an opening date; one that says a train ran, any dated fact.
 */
export function findOpeningClaims(text: string): OpeningClaim[] {
  return text
    .split(/(?<=[.;:])\s+/)
    .filter((sentence) => OPENING.test(sentence))
    .flatMap((sentence) =>
      sentence.split(/,\s+|\s+and\s+|\s+but\s+/).map((clause) => ({
        sentence,
        clause,
        dates: findSentenceDates(clause),
        opened: OPENED.test(clause),
      })),
    )
    .filter((claim) => claim.dates.length > 0);
}

/**
 * The dates an event or a citation holds: the event's start and end, and what its passages state; with
 * `openingsOnly`, of the passages only those that state an opening.
 */
function listHeldDates(
  events: readonly AtlasEvent[],
  sources: readonly Source[],
  openingsOnly: boolean,
): PartialDate[] {
  const stated = (list: readonly Source[]) =>
    list
      .filter((s) => !openingsOnly || s.states?.opening === true)
      .flatMap((s) => [s.states?.date, s.states?.start, s.states?.end].filter((d) => d !== undefined));
  return [
    ...events.flatMap((e) => [
      { year: e.date.year, month: e.date.month, day: e.date.day },
      ...(e.date.end ? [e.date.end] : []),
      ...stated(e.sources),
    ]),
    ...stated(sources),
  ];
}

/** Runs both rules. */
export function runPassageDateChecks(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  data.events.forEach((event, i) => {
    checkEventPassages(event, i, problems);
  });
  checkProgrammePassages(data, problems);

  const eventById = new Map(data.events.map((e) => [e.id, e]));
  const eventsOf = (ids: readonly string[]) => ids.flatMap((id) => eventById.get(id) ?? []);
  const texts: { file: string; path: string; text: string; events: AtlasEvent[]; sources: Source[] }[] = [];
  data.places.forEach((place, i) => {
    texts.push({
      file: DATA_FILES.places,
      path: `$.features[${i}].properties.summary`,
      text: place.summary,
      events: data.events.filter((e) => e.placeIds.includes(place.id)),
      sources: place.sources ?? [],
    });
  });
  const routeEvents = eventsOf(data.route.stops.flatMap((s) => s.eventIds));
  texts.push({
    file: DATA_FILES.route,
    path: '$.summary',
    text: data.route.summary,
    events: routeEvents,
    sources: [...(data.route.sources ?? []), ...data.route.stops.flatMap((s) => s.sources ?? [])],
  });
  data.route.stops.forEach((stop, i) => {
    texts.push({
      file: DATA_FILES.route,
      path: `$.stops[${i}].narrative`,
      text: stop.narrative,
      events: eventsOf(stop.eventIds),
      sources: stop.sources ?? [],
    });
  });
  data.story.forEach((chapter, i) => {
    chapter.text.forEach((paragraph, j) => {
      texts.push({
        file: DATA_FILES.story,
        path: `$[${i}].text[${j}]`,
        text: paragraph,
        events: eventsOf(chapter.eventIds),
        sources: chapter.sources ?? [],
      });
    });
  });
  data.events.forEach((event, i) => {
    texts.push({
      file: DATA_FILES.events,
      path: `$[${i}].summary`,
      text: event.summary,
      events: [event],
      sources: [],
    });
  });
  data.programmes.forEach((programme, i) => {
    texts.push({
      file: DATA_FILES.programmes,
      path: `$[${i}].summary`,
      text: programme.summary,
      events: data.events.filter((e) => e.programmeIds.includes(programme.id)),
      sources: programme.sources,
    });
  });

  for (const { file, path, text, events, sources } of texts) {
    const anyDate = listHeldDates(events, sources, false);
    const openings = listHeldDates(events, sources, true);
    for (const claim of findOpeningClaims(text)) {
      const held = claim.opened ? openings : anyDate;
      const unmatched = claim.dates.filter((d) => !held.some((h) => agreeOnGivenParts(d, h)));
      if (unmatched.length === 0) continue;
      const what = claim.opened ? 'an opening on that date' : 'that date';
      problems.push({
        file,
        path,
        rule: 'opening-claim',
        message: `"${claim.sentence}" says when something opened (${unmatched.map(formatStatedDate).join(', ')}), but no event it is tied to and no passage it cites states ${what}: tie it to the event that dates it or cite the passage`,
      });
    }
  }
  return problems;
}
