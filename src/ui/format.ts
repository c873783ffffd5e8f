/** Human-readable dates and distances in the page's language, from `Intl`. Pure but for the language. */
import { getMessages } from '../i18n/locale.ts';
import { formatList } from '../i18n/plural.ts';
import { getCountryName } from '../model/countries.ts';
import type {
  AtlasEvent,
  DateBasis,
  EventDate,
  PartialDate,
  Programme,
  SourceLike,
} from '../model/dataset.ts';
import { hasMixedDateBases, listDatePartBases } from '../model/date-basis.ts';

function toUtc(date: PartialDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

function getFormat(date: PartialDate): Intl.DateTimeFormat | null {
  const tag = getMessages().intl;
  if (date.month && date.day)
    return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  if (date.month) return new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return null;
}

/** A partial date in the page's language: "1994", "July 1994", "13 July 1994" ("1994-yil 13-iyul"). */
export function formatPartial(date: PartialDate): string {
  const own = getMessages().dateFallback;
  if (own && date.month) {
    const month = own.months[date.month - 1] ?? String(date.month);
    return date.day ? own.day(date.day, month, date.year) : own.month(month, date.year);
  }
  return getFormat(date)?.format(toUtc(date)) ?? String(date.year);
}

function formatRange(start: PartialDate, end: PartialDate): string {
  const own = getMessages().dateFallback;
  const sameShape = Boolean(start.month) === Boolean(end.month) && Boolean(start.day) === Boolean(end.day);
  if (own) {
    // Days of one month share the year and the month: "2010-yil 23–27-may".
    if (
      start.year === end.year &&
      start.month &&
      start.month === end.month &&
      start.day &&
      end.day &&
      sameShape
    )
      return own.dayRange(start.day, end.day, own.months[start.month - 1] ?? String(start.month), start.year);
    const dash = start.month || end.month ? ' – ' : '–';
    return `${formatPartial(start)}${dash}${formatPartial(end)}`;
  }
  const format = getFormat(start);
  // Intl joins the parts the language's way ("13–15 July 1994", "23–27 мая 2010 г.").
  if (start.year === end.year && sameShape && format) return format.formatRange(toUtc(start), toUtc(end));
  return `${formatPartial(start)}–${formatPartial(end)}`;
}

/** A date as precisely as it is known: "13 July 1994", "April 2003", "between 1994 and 1996", "about 1996". */
export function formatEventDate(date: EventDate): string {
  const m = getMessages();
  if (date.end && date.approximate) return m.between(formatPartial(date), formatPartial(date.end));
  const text = date.end ? formatRange(date, date.end) : formatPartial(date);
  return date.approximate ? m.about(text) : text;
}

/** How the date is known, for the reader. */
export function describeDateBasis(basis: DateBasis): string {
  return getMessages().dateBasis[basis];
}

/**
 * How an event's date is known, saying which part comes from where when its parts differ: a day from a
 * news report beside the page's year reads "date: year stated on NATO's page; month and day from
 * another source".
 */
export function describeEventDateBasis(event: AtlasEvent): string {
  if (!hasMixedDateBases(event)) return describeDateBasis(event.dateBasis);
  const m = getMessages();
  const groups = new Map<DateBasis, string[]>();
  for (const { part, basis } of listDatePartBases(event))
    groups.set(basis, [...(groups.get(basis) ?? []), m.datePartNames[part]]);
  const words = [...groups].map(([basis, parts]) => m.datePartsBasis(formatList(m.intl, parts), basis));
  return m.mixedDateBasis(words.join('; '));
}

/** A point's latitude and longitude to three decimals in the language's digits: "41,300° с. ш., 69,240° в. д.". */
export function formatCoordinates([lon, lat]: readonly [number, number]): string {
  const m = getMessages();
  const digits = new Intl.NumberFormat(m.intl, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  return m.coordinates(digits.format(lat), digits.format(lon));
}

/** Distances in whole kilometres, with the language's digit grouping. */
export function formatKm(km: number): string {
  return getMessages().km(Math.round(km));
}

/** The name of a source's site: its `site`, else its URL's host without "www.", else null. */
export function describeSourceSite(source: SourceLike): string | null {
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
  const m = getMessages();
  const span = programme.until ? `${programme.since}–${programme.until}` : m.sinceYear(programme.since);
  const doubts = [
    programme.sinceUncertain ? m.startUncertain : null,
    // With an `until`, that year is a bound (the end of the operation served), not the known end.
    programme.untilUncertain ? (programme.until ? m.endedBy(programme.until) : m.endUnknown) : null,
  ].filter((d) => d !== null);
  return [span, ...doubts].join(', ');
}

/** ISO 3166 alpha-2 of every country the atlas knows (src/model/countries.ts), for `Intl.DisplayNames`. */
const ALPHA2: Readonly<Record<string, string>> = {
  AFG: 'AF',
  ARM: 'AM',
  AUT: 'AT',
  AZE: 'AZ',
  BEL: 'BE',
  BLR: 'BY',
  CAN: 'CA',
  CHE: 'CH',
  CHN: 'CN',
  CZE: 'CZ',
  DEU: 'DE',
  DNK: 'DK',
  ESP: 'ES',
  EST: 'EE',
  FRA: 'FR',
  GBR: 'GB',
  GEO: 'GE',
  IND: 'IN',
  IRN: 'IR',
  ITA: 'IT',
  KAZ: 'KZ',
  KGZ: 'KG',
  LTU: 'LT',
  LUX: 'LU',
  LVA: 'LV',
  MNG: 'MN',
  NLD: 'NL',
  NOR: 'NO',
  PAK: 'PK',
  POL: 'PL',
  PRT: 'PT',
  RUS: 'RU',
  TJK: 'TJ',
  TKM: 'TM',
  TUR: 'TR',
  UKR: 'UA',
  USA: 'US',
  UZB: 'UZ',
};

/** Every country the atlas can name, by ISO 3166 alpha-3. */
export const COUNTRY_CODES: readonly string[] = Object.keys(ALPHA2);

/** A country's name in the page's language from `Intl`; the data's English name when Intl has none. */
export function formatCountry(iso3: string): string {
  const alpha2 = ALPHA2[iso3];
  const m = getMessages();
  const own = m.countryNames[iso3];
  if (own) return own;
  if (!alpha2 || m.lang === 'en') return getCountryName(iso3);
  return new Intl.DisplayNames(m.intl, { type: 'region' }).of(alpha2) ?? getCountryName(iso3);
}

/** The date of an ISO partial date string (`2014`, `2014-05`, `2014-05-16`), or null if it is not one. */
export function parseIsoPartial(text: string | undefined): PartialDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(text ?? '');
  if (!match?.[1]) return null;
  const [, year, month, day] = match;
  return {
    year: Number(year),
    ...(month && month !== '00' ? { month: Number(month) } : {}),
    ...(month && month !== '00' && day && day !== '00' ? { day: Number(day) } : {}),
  };
}

/**
 * How a source's archived copy is labelled: "archived copy, 3 March 2016" when its capture time is
 * known, else "nearest archived copy, 3 March 2016" (the date asked for: the archive answers with the
 * capture nearest to it), in the page's language.
 */
export function describeArchiveCopy(
  archiveUrl: string,
  label: 'archived copy' | 'nearest archived copy' = 'nearest archived copy',
  captured?: string,
): string {
  const m = getMessages();
  const stamp = /\/web\/(\d{4})(\d{2})?(\d{2})?/.exec(archiveUrl);
  const asked = stamp?.[1] ? parseIsoPartial([stamp[1], stamp[2], stamp[3]].filter(Boolean).join('-')) : null;
  const known = captured ? parseIsoPartial(captured) : null;
  if (label === 'archived copy' && known) return m.archivedCopy(formatPartial(known));
  return m.nearestArchivedCopy(asked ? formatPartial(asked) : null);
}
