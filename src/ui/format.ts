/** Human-readable dates and distances. Pure. */
import { describeDateBasisInWords, hasMixedDateBases } from '../model/date-basis.ts';
import type { AtlasEvent, DateBasis, EventDate, PartialDate, Programme, Source } from '../model/schema.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function formatPartial(date: PartialDate): string {
  const month = date.month ? MONTHS[date.month - 1] : undefined;
  if (month && date.day) return `${date.day} ${month} ${date.year}`;
  if (month) return `${month} ${date.year}`;
  return String(date.year);
}

function formatRange(start: PartialDate, end: PartialDate): string {
  if (start.year === end.year && start.month && end.month === start.month && start.day && end.day)
    return `${start.day}–${end.day} ${MONTHS[start.month - 1]} ${start.year}`;
  if (start.year === end.year && start.month && end.month && !start.day && !end.day)
    return `${MONTHS[start.month - 1]}–${MONTHS[end.month - 1]} ${start.year}`;
  return `${formatPartial(start)}–${formatPartial(end)}`;
}

/** A date as precisely as it is known: "13 July 1994", "April 2003", "between 1994 and 1996", "about 1996". */
export function formatEventDate(date: EventDate): string {
  const text = date.end ? formatRange(date, date.end) : formatPartial(date);
  if (date.end && date.approximate) return `between ${formatPartial(date)} and ${formatPartial(date.end)}`;
  return date.approximate ? `about ${text}` : text;
}

/** How the date is known, for the reader. */
export function describeDateBasis(basis: DateBasis): string {
  switch (basis) {
    case 'seed':
      return 'date from the NATO page';
    case 'external':
      return 'date from another source';
    case 'ordinal':
      return 'date inferred from the order of NATO’s page';
    case 'bounds':
      return 'date given by no source: shown across the years the NATO page leaves open';
  }
}

/**
 * How an event's date is known, saying which part comes from where when its parts differ: a day from a
 * news report beside the page's year reads "date: year stated on NATO's page; month and day from
 * another source".
 */
export function describeEventDateBasis(event: AtlasEvent): string {
  return hasMixedDateBases(event)
    ? `date: ${describeDateBasisInWords(event)}`
    : describeDateBasis(event.dateBasis);
}

/** Distances in whole kilometres with thousands separators. */
export function formatKm(km: number): string {
  return `${Math.round(km).toLocaleString('en-GB')} km`;
}

/** The name of a source's site: its `site`, else its URL's host without "www.", else null. */
export function describeSourceSite(source: Source): string | null {
  if (source.site) return source.site;
  if (!source.url) return null;
  try {
    return new URL(source.url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * A programme's years as far as they are known: "1992–1997", "since 2002, start uncertain, end unknown",
 * "2009–2014, ended by 2014, exact end unknown".
 */
export function describeProgrammeSpan(programme: Programme): string {
  const span = programme.until ? `${programme.since}–${programme.until}` : `since ${programme.since}`;
  const doubts = [
    programme.sinceUncertain ? 'start uncertain' : null,
    // With an `until`, that year is a bound (the end of the operation served), not the known end.
    programme.untilUncertain
      ? programme.until
        ? `ended by ${programme.until}, exact end unknown`
        : 'end unknown'
      : null,
  ].filter((d) => d !== null);
  return [span, ...doubts].join(', ');
}

/** "archived copy, 3 March 2016" (or the month or year the archive address names). */
export function describeArchiveCopy(archiveUrl: string): string {
  const stamp = /\/web\/(\d{4})(\d{2})?(\d{2})?/.exec(archiveUrl);
  if (!stamp?.[1]) return 'archived copy';
  const [, year, month, day] = stamp;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (monthName && day && day !== '00') return `archived copy, ${Number(day)} ${monthName} ${year}`;
  if (monthName) return `archived copy, ${monthName} ${year}`;
  return `archived copy, ${year}`;
}
