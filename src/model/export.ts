/**
 * The dataset as files a reader can take away: events as CSV, places with their events as GeoJSON.
 * Pure: built at build time from the validated dataset, so the downloads say what the atlas says.
 */

import type { AtlasEvent, EventDate, PartialDate, Source } from './dataset.ts';
import { describeDateBasisInWords, hasMixedDateBases, listDatePartBases } from './date-basis.ts';
import type { AtlasIndex } from './indexes.ts';
import { getThemeLabel } from './themes.ts';

/** Site-relative paths of the downloads. */
export const DOWNLOAD_FILES = {
  eventsCsv: 'downloads/partnership-atlas-events.csv',
  placesGeoJson: 'downloads/partnership-atlas-places.geojson',
} as const;

/**
 * The downloads a page of `language` offers: English keeps `DOWNLOAD_FILES`; a translated page's
 * files carry its language's texts beside the English and end in `-<language>`.
 */
export function getDownloadFiles(language: string): { eventsCsv: string; placesGeoJson: string } {
  if (language === 'en') return DOWNLOAD_FILES;
  return {
    eventsCsv: DOWNLOAD_FILES.eventsCsv.replace(/\.csv$/, `-${language}.csv`),
    placesGeoJson: DOWNLOAD_FILES.placesGeoJson.replace(/\.geojson$/, `-${language}.geojson`),
  };
}

/**
 * A translation to add beside the English: its language code and the index of the dataset with that
 * language's texts in place (`localizeDataset`), whose ids are the English index's.
 */
export interface DownloadTranslation {
  language: string;
  index: AtlasIndex;
}

/** Columns a translated page's CSV adds after the English ones, each suffixed `_<language>`. */
export const TRANSLATED_EVENT_CSV_COLUMNS = ['title', 'date_note', 'summary', 'place_names'] as const;

/** The terms the data is offered under, and whom to credit. */
export const DATA_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Partnership Atlas — NATO and Uzbekistan, 1992–2016',
} as const;

/** Columns of the events CSV, in order. */
export const EVENT_CSV_COLUMNS = [
  'id',
  'title',
  'date_sort',
  'date_sort_end',
  'date',
  'date_approximate',
  'date_basis',
  'date_basis_words',
  'date_note',
  'summary',
  'place_ids',
  'place_names',
  'programmes',
  'milestone',
  'themes',
  'theme_names',
  'sources',
  'source_urls',
] as const;

/** `1994`, `1994-07` or `1994-07-13`: ISO 8601 to the precision the date is known. */
export function formatIsoDate(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/**
 * A full ISO 8601 date (YYYY-MM-DD) for sorting: a date known to its year or month stands at the
 * start of it, or with `end`, at the end of it. One shape for every row, so a spreadsheet reads each
 * as a date (a bare `1994` became a number, `1994-07` a guess).
 */
export function formatSortDate(date: PartialDate, end = false): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const month = date.month ?? (end ? 12 : 1);
  const day = date.day ?? (end ? new Date(Date.UTC(date.year, month, 0)).getUTCDate() : 1);
  return `${date.year}-${pad(month)}-${pad(day)}`;
}

const WRITTEN_FORMATS = {
  day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

function writePartialDate(date: PartialDate): string {
  const at = Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  if (date.month && date.day) return WRITTEN_FORMATS.day.format(at);
  if (date.month) return WRITTEN_FORMATS.month.format(at);
  return String(date.year);
}

/**
 * The date as written, to the precision it is known: "13 July 1994", "July 1994", "1994",
 * "1994–1996", "between 1994 and 1996", "about 1996".
 */
export function writeEventDate(date: EventDate): string {
  if (date.end && date.approximate)
    return `between ${writePartialDate(date)} and ${writePartialDate(date.end)}`;
  const text = date.end ? `${writePartialDate(date)}–${writePartialDate(date.end)}` : writePartialDate(date);
  return date.approximate ? `about ${text}` : text;
}

/**
 * How the date is known, as a code: the basis (`seed`, `external`, `ordinal`, `bounds`), or part by
 * part where the parts differ (`year:seed; month:external; day:external`).
 */
export function formatDateBasisCode(event: AtlasEvent): string {
  if (!hasMixedDateBases(event)) return event.dateBasis;
  return listDatePartBases(event)
    .map(({ part, basis }) => `${part}:${basis}`)
    .join('; ');
}

/** A source as one line of text: title, section, then the address. */
export function formatSourceText(source: Source): string {
  const label = source.section ? `${source.title} — ${source.section}` : source.title;
  return source.url ? `${label} <${source.url}>` : label;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function quoteCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function describeEventRow(
  index: AtlasIndex,
  event: AtlasEvent,
): Record<(typeof EVENT_CSV_COLUMNS)[number], string> {
  return {
    id: event.id,
    title: event.title,
    date_sort: formatSortDate(event.date),
    date_sort_end: event.date.end ? formatSortDate(event.date.end, true) : '',
    date: writeEventDate(event.date),
    date_approximate: event.date.approximate ? 'yes' : 'no',
    date_basis: formatDateBasisCode(event),
    date_basis_words: describeDateBasisInWords(event),
    date_note: event.dateNote ?? '',
    summary: event.summary,
    place_ids: event.placeIds.join('; '),
    place_names: event.placeIds.map((id) => index.placeById.get(id)?.name ?? id).join('; '),
    programmes: event.programmeIds.map((id) => index.programmeById.get(id)?.acronym ?? id).join('; '),
    milestone: event.milestone ? 'yes' : 'no',
    themes: event.themes.join('; '),
    theme_names: event.themes.map((id) => getThemeLabel(id)).join('; '),
    sources: event.sources.map(formatSourceText).join(' | '),
    source_urls: event.sources.flatMap((s) => (s.url ? [s.url] : [])).join(' '),
  };
}

/**
 * A byte-order mark: without it common spreadsheet programs read the file in a legacy code page and
 * garble mélange, Тошкент and oʻ.
 */
export const UTF8_BOM = '\uFEFF';

/**
 * Every event in date order, one row each, with a header row; UTF-8 with a byte-order mark, CRLF line
 * ends. Each date as a full ISO date to sort by (`date_sort`, `date_sort_end`) and as written
 * (`date`); how it is known as a code (`date_basis`) and in words (`date_basis_words`); its themes as
 * ids and names.
 */
export function buildEventsCsv(index: AtlasIndex, translation?: DownloadTranslation): string {
  const translated = translation ? TRANSLATED_EVENT_CSV_COLUMNS : [];
  const suffix = `_${translation?.language}`;
  const rows = [
    [...EVENT_CSV_COLUMNS, ...translated.map((column) => `${column}${suffix}`)].join(','),
    ...index.eventsByDate.map((event) => {
      const row = describeEventRow(index, event);
      const other = translation?.index.eventById.get(event.id);
      const otherRow = translation && other ? describeEventRow(translation.index, other) : null;
      return [
        ...EVENT_CSV_COLUMNS.map((column) => row[column]),
        ...translated.map((column) => otherRow?.[column] ?? ''),
      ]
        .map(quoteCsvField)
        .join(',');
    }),
  ];
  return `${UTF8_BOM}${rows.join('\r\n')}\r\n`;
}

/**
 * Every place as a GeoJSON point carrying its events, with the licence and sources stated; with a
 * translation, each name and text has its translation beside it (`name_ru`, `summary_ru`, `title_ru`).
 */
export function buildPlacesGeoJson(index: AtlasIndex, translation?: DownloadTranslation): string {
  const beside = <T extends object>(texts: T | undefined, keys: readonly (keyof T & string)[]) => {
    if (!translation || !texts) return {};
    return Object.fromEntries(
      keys.flatMap((key) =>
        texts[key] === undefined ? [] : [[`${key}_${translation.language}`, texts[key]]],
      ),
    );
  };
  const collection = {
    type: 'FeatureCollection',
    name: DATA_LICENCE.attribution,
    licence: { name: DATA_LICENCE.name, url: DATA_LICENCE.url, attribution: DATA_LICENCE.attribution },
    features: index.dataset.places.map((place) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: place.coordinates },
      properties: {
        id: place.id,
        name: place.name,
        ...beside(translation?.index.placeById.get(place.id), ['name']),
        ...(place.localName ? { localName: place.localName } : {}),
        kind: place.kind,
        country: place.country,
        summary: place.summary,
        ...beside(translation?.index.placeById.get(place.id), ['summary']),
        events: (index.eventsByPlace.get(place.id) ?? []).map((event) => ({
          id: event.id,
          title: event.title,
          ...beside(translation?.index.eventById.get(event.id), ['title', 'dateNote', 'summary']),
          dateStart: formatIsoDate(event.date),
          dateSort: formatSortDate(event.date),
          ...(event.date.end ? { dateEnd: formatIsoDate(event.date.end) } : {}),
          approximate: event.date.approximate === true,
          dateBasis: event.dateBasis,
          ...(event.partBases ? { partBases: event.partBases } : {}),
          dateKnown: describeDateBasisInWords(event),
          summary: event.summary,
          programmes: event.programmeIds.map((id) => index.programmeById.get(id)?.acronym ?? id),
          themes: event.themes,
          sources: event.sources,
        })),
      },
    })),
  };
  return `${JSON.stringify(collection, null, 1)}\n`;
}
