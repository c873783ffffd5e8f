import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildEventsCsv,
  buildPlacesGeoJson,
  DOWNLOAD_FILES,
  EVENT_CSV_COLUMNS,
  formatIsoDate,
  getDownloadFiles,
  quoteCsvField,
} from '../../src/model/export.ts';
import { parseCsv } from '../csv.ts';
import { at, loadFixtureIndex } from '../helpers.ts';

const AWKWARD = 'Talks in Тошкент, "Tashkent"\nsecond line; 50% — done';

describe('events CSV', () => {
  it('starts with a UTF-8 byte-order mark so spreadsheet programs keep accents', () => {
    const csv = buildEventsCsv(loadFixtureIndex());
    expect(csv.codePointAt(0)).toBe(0xfeff);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.slice(1).startsWith('id,title,')).toBe(true);
  });

  it('says in words how each date is known, part by part where the parts differ', () => {
    const index = loadFixtureIndex((f) => {
      const event = at(f.events, 2) as { partBases?: unknown; date: unknown; dateNote?: string };
      event.date = { year: 2002, month: 3, day: 1 };
      event.partBases = { month: 'external', day: 'external' };
    });
    const rows = parseCsv(buildEventsCsv(index));
    const column = EVENT_CSV_COLUMNS.indexOf('date_basis_words');
    const basisOf = (id: string) => rows.find((r) => r[0] === id)?.[column];
    expect(basisOf('joins-pfp')).toBe('from another source');
    expect(basisOf('security-agreement')).toBe('from the order of the page');
    expect(basisOf('joins-parp')).toBe("year stated on NATO's page; month and day from another source");
    // The same as a code, part by part where the parts differ.
    const code = (id: string) => rows.find((r) => r[0] === id)?.[EVENT_CSV_COLUMNS.indexOf('date_basis')];
    expect(code('joins-pfp')).toBe('external');
    expect(code('security-agreement')).toBe('ordinal');
    expect(code('joins-parp')).toBe('year:seed; month:external; day:external');
  });

  it('gives every date one ISO column a spreadsheet sorts, with the date as written beside it', () => {
    const index = loadFixtureIndex();
    const rows = parseCsv(buildEventsCsv(index));
    const cell = (id: string, column: (typeof EVENT_CSV_COLUMNS)[number]) =>
      rows.find((r) => r[0] === id)?.[EVENT_CSV_COLUMNS.indexOf(column)];
    // A day known only to its year or month sorts at the start of it; the written date says which.
    expect(cell('joins-pfp', 'date_sort')).toBe('1994-07-13');
    expect(cell('joins-pfp', 'date')).toBe('13 July 1994');
    expect(cell('security-agreement', 'date_sort')).toBe('1994-01-01');
    expect(cell('security-agreement', 'date_sort_end')).toBe('1996-12-31');
    expect(cell('security-agreement', 'date')).toBe('between 1994 and 1996');
    expect(cell('joins-parp', 'date_sort')).toBe('2002-01-01');
    expect(cell('joins-parp', 'date_sort_end')).toBe('');
    expect(cell('joins-parp', 'date')).toBe('2002');
    // No date column mixes YYYY, YYYY-MM and YYYY-MM-DD any more.
    for (const column of ['date_sort', 'date_sort_end'] as const)
      for (const row of rows.slice(1))
        expect(row[EVENT_CSV_COLUMNS.indexOf(column)]).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
    const sorts = rows.slice(1).map((r) => r[EVENT_CSV_COLUMNS.indexOf('date_sort')] ?? '');
    expect(sorts).toEqual([...sorts].sort());
  });

  it('carries each event’s themes, as ids and as names', () => {
    const index = loadFixtureIndex((f) => {
      at(f.events, 2).themes = ['defence-reform', 'framework'];
    });
    const rows = parseCsv(buildEventsCsv(index));
    const cell = (id: string, column: (typeof EVENT_CSV_COLUMNS)[number]) =>
      rows.find((r) => r[0] === id)?.[EVENT_CSV_COLUMNS.indexOf(column)];
    expect(cell('joins-pfp', 'themes')).toBe('framework');
    expect(cell('joins-pfp', 'theme_names')).toBe('Framework for cooperation');
    expect(cell('joins-parp', 'themes')).toBe('defence-reform; framework');
    expect(cell('joins-parp', 'theme_names')).toBe(
      'Defence and security sector reform; Framework for cooperation',
    );
  });

  it('holds every event once, in date order, under the header', () => {
    const index = loadFixtureIndex();
    const rows = parseCsv(buildEventsCsv(index));
    expect(rows[0]).toEqual([...EVENT_CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(index.eventsByDate.map((e) => e.id));
    for (const row of rows) expect(row).toHaveLength(EVENT_CSV_COLUMNS.length);
  });

  it('keeps commas, quotes, line breaks and Cyrillic intact', () => {
    const index = loadFixtureIndex((f) => {
      at(f.events, 0).title = AWKWARD;
      at(f.events, 0).summary = `${AWKWARD}\r\nthird`;
    });
    const rows = parseCsv(buildEventsCsv(index));
    const id = at(index.dataset.events, 0).id;
    const row = rows.find((r) => r[0] === id) ?? [];
    expect(row[EVENT_CSV_COLUMNS.indexOf('title')]).toBe(AWKWARD);
    expect(row[EVENT_CSV_COLUMNS.indexOf('summary')]).toBe(`${AWKWARD}\r\nthird`);
    expect(rows).toHaveLength(index.dataset.events.length + 1);
  });

  it('names places and programmes and lists source addresses', () => {
    const index = loadFixtureIndex();
    const rows = parseCsv(buildEventsCsv(index));
    const event = at(index.eventsByDate, 0);
    const row = rows[1] ?? [];
    const places = event.placeIds.map((id) => index.placeById.get(id)?.name).join('; ');
    expect(row[EVENT_CSV_COLUMNS.indexOf('place_names')]).toBe(places);
    for (const source of event.sources)
      if (source.url) expect(row[EVENT_CSV_COLUMNS.indexOf('source_urls')]).toContain(source.url);
  });

  it('quotes any field so a reader gets it back unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), (fields) => {
        const line = `${fields.map(quoteCsvField).join(',')}\r\n`;
        expect(parseCsv(line)).toEqual([fields]);
      }),
    );
  });
});

describe('places GeoJSON', () => {
  it('holds every place as a point with its events, and states the licence', () => {
    const index = loadFixtureIndex();
    const geo = JSON.parse(buildPlacesGeoJson(index)) as {
      type: string;
      licence: { name: string; url: string };
      features: {
        geometry: { type: string; coordinates: number[] };
        properties: {
          id: string;
          events: { id: string; sources: unknown[]; themes: string[]; dateSort: string }[];
        };
      }[];
    };
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.licence.url).toMatch(/^https:\/\//);
    expect(geo.features.map((f) => f.properties.id)).toEqual(index.dataset.places.map((p) => p.id));
    for (const feature of geo.features) {
      const place = index.placeById.get(feature.properties.id);
      expect(feature.geometry).toEqual({ type: 'Point', coordinates: place?.coordinates });
      const events = index.eventsByPlace.get(feature.properties.id) ?? [];
      expect(feature.properties.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
      expect(feature.properties.events.map((e) => e.themes)).toEqual(events.map((e) => e.themes));
      for (const event of feature.properties.events) expect(event.dateSort).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const listed = new Set(geo.features.flatMap((f) => f.properties.events.map((e) => e.id)));
    expect([...listed].sort()).toEqual(index.dataset.events.map((e) => e.id).sort());
  });
});

describe('formatIsoDate', () => {
  it('writes a date to the precision it is known', () => {
    expect(formatIsoDate({ year: 1994 })).toBe('1994');
    expect(formatIsoDate({ year: 1994, month: 7 })).toBe('1994-07');
    expect(formatIsoDate({ year: 1994, month: 7, day: 3 })).toBe('1994-07-03');
  });
});

describe('downloads in the reader’s language', () => {
  const english = loadFixtureIndex();
  const russian = loadFixtureIndex((f) => {
    for (const event of f.events) {
      event.title = `Рус: ${event.title}`;
      event.summary = `Рус. кратко: ${event.summary}`;
    }
    for (const place of f.places.features) place.properties.name = `Ру-${place.properties.name}`;
  });

  it('each language has its own files; English keeps the old addresses', () => {
    expect(getDownloadFiles('en')).toEqual(DOWNLOAD_FILES);
    const ru = getDownloadFiles('ru');
    const uz = getDownloadFiles('uz');
    expect(new Set([...Object.values(DOWNLOAD_FILES), ...Object.values(ru), ...Object.values(uz)]).size).toBe(
      6,
    );
    expect(ru.eventsCsv).toMatch(/-ru\.csv$/);
    expect(uz.placesGeoJson).toMatch(/-uz\.geojson$/);
  });

  it('the CSV carries the language’s title, summary and place names beside the English', () => {
    const rows = parseCsv(buildEventsCsv(english, { language: 'ru', index: russian }));
    const header = rows[0] ?? [];
    for (const column of ['title_ru', 'summary_ru', 'date_note_ru', 'place_names_ru'])
      expect(header).toContain(column);
    const event = at(english.eventsByDate, 0);
    const row = rows.find((r) => r[0] === event.id) ?? [];
    expect(row[header.indexOf('title')]).toBe(event.title);
    expect(row[header.indexOf('title_ru')]).toBe(`Рус: ${event.title}`);
    expect(row[header.indexOf('summary_ru')]).toBe(`Рус. кратко: ${event.summary}`);
    expect(row[header.indexOf('place_names_ru')]).toBe(
      event.placeIds.map((id) => `Ру-${english.placeById.get(id)?.name}`).join('; '),
    );
    for (const r of rows) expect(r).toHaveLength(header.length);
  });

  it('the GeoJSON carries the language’s names and texts beside the English', () => {
    const geo = JSON.parse(buildPlacesGeoJson(english, { language: 'ru', index: russian })) as {
      features: {
        properties: {
          id: string;
          name: string;
          name_ru: string;
          summary_ru: string;
          events: { id: string; title: string; title_ru: string; summary_ru: string }[];
        };
      }[];
    };
    for (const feature of geo.features) {
      const place = english.placeById.get(feature.properties.id);
      expect(feature.properties.name).toBe(place?.name);
      expect(feature.properties.name_ru).toBe(`Ру-${place?.name}`);
      expect(feature.properties.summary_ru).toBe(russian.placeById.get(feature.properties.id)?.summary);
      for (const event of feature.properties.events) expect(event.title_ru).toBe(`Рус: ${event.title}`);
    }
  });
});
