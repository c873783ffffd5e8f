import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readStoryPoints } from '../../scripts/build-basemap.ts';
import { buildTowns } from '../../scripts/build-towns.ts';
import type { TownNameEntry } from '../../src/build/town-names.ts';
import {
  checkTowns,
  getTownLabelBox,
  getTownMinZoom,
  MAX_TOWN_ZOOM,
  nameTownsIn,
  type SourceTown,
  type StoryPoint,
  selectTowns,
  stripDiacritics,
  TOWNS_SOURCE_NAME,
  type TownCollection,
  thinTowns,
} from '../../src/build/towns.ts';

const NAME_IDS: Record<string, number> = {
  Navoiy: 1513131,
  Qarshi: 1216311,
  Herāt: 1140026,
  Denov: 1217474,
  Chortoq: 1514258,
};

function entry(geonames: string, en: string, uz: string, ru: string): TownNameEntry {
  return {
    geonames,
    country: 'UZ',
    names: { en, uz, ru },
    from: { en: 'term-table', uz: 'geonames-name', ru: 'geonames-alternate' },
  };
}

const NAMES: Record<string, TownNameEntry> = {
  '1513131': entry('Navoiy', 'Navoi', 'Navoiy', 'Навои'),
  '1216311': entry('Qarshi', 'Karshi', 'Qarshi', 'Карши'),
  '1140026': entry('Herāt', 'Herat', 'Hirot', 'Герат'),
  '1217474': entry('Denov', 'Denau', 'Denov', 'Денау'),
};

const PLACES: StoryPoint[] = [
  { id: 'termez', name: 'Termez', localName: 'Термиз', kind: 'city', coordinates: [67.2783, 37.2242] },
  { id: 'uzbekistan', name: 'Uzbekistan', kind: 'country', coordinates: [64.5, 41.4] },
];

let nextId = 1;
const source = (name: string, population: number, lon: number, lat: number, country = 'UZ'): SourceTown => ({
  cityId: NAME_IDS[name] ?? 1_000_000 + nextId++,
  name,
  country,
  population,
  loc: { coordinates: [lon, lat] },
});

describe('selectTowns', () => {
  it('keeps the region’s towns, largest first, in English with GeoNames’ spelling beside it', () => {
    const towns = selectTowns(
      [
        source('Navoiy', 129725, 65.379, 40.084),
        source('Qarshi', 222898, 65.789, 38.861),
        source('Herāt', 272806, 62.2, 34.348, 'AF'),
      ],
      PLACES,
      NAMES,
    );
    expect(towns.features.map((f) => [f.properties.name, f.properties.localName])).toEqual([
      ['Herat', 'Herāt'],
      ['Karshi', 'Qarshi'],
      ['Navoi', 'Navoiy'],
    ]);
  });

  it('names each town in every language, and leaves out a town not named in every language', () => {
    const towns = selectTowns(
      [source('Qarshi', 222898, 65.789, 38.861), source('Chortoq', 49844, 71.82, 41.07)],
      PLACES,
      {
        ...NAMES,
        [String(NAME_IDS.Chortoq)]: {
          ...entry('Chortoq', 'Chortoq', 'Chortoq', ''),
          names: { en: 'Chortoq', uz: 'Chortoq' },
        },
      },
    );
    expect(towns.features.map((f) => f.properties.names)).toEqual([
      { en: 'Karshi', uz: 'Qarshi', ru: 'Карши' },
    ]);
    expect(nameTownsIn(towns, 'ru').features.map((f) => f.properties.name)).toEqual(['Карши']);
    expect(nameTownsIn(towns, 'uz').features.map((f) => f.properties.name)).toEqual(['Qarshi']);
  });

  it('leaves out small towns, other countries, the world outside the region and towns on a story place', () => {
    const towns = selectTowns(
      [
        source('Tirmiz', 140385, 67.278, 37.224),
        source('Hamlet', 900, 66, 40),
        source('Paris', 2_000_000, 2.35, 48.85, 'FR'),
        source('Tehran', 7_000_000, 51.4, 35.7, 'IR'),
      ],
      PLACES,
      NAMES,
    );
    expect(towns.features).toEqual([]);
  });

  it('draws larger towns from lower zooms', () => {
    expect(getTownMinZoom(2_000_000)).toBeLessThan(getTownMinZoom(150_000));
    expect(getTownMinZoom(150_000)).toBeLessThan(getTownMinZoom(12_000));
    expect(stripDiacritics('Mazār-e Sharīf')).toBe('Mazar-e Sharif');
  });
});

describe('checkTowns', () => {
  const good = (): TownCollection =>
    selectTowns(
      [source('Qarshi', 222898, 65.789, 38.861), source('Denov', 68994, 67.9, 38.27)],
      PLACES,
      NAMES,
    );

  it('passes the prepared towns file of the real data, in every language', () => {
    const built = buildTowns(readStoryPoints(process.cwd()));
    expect(built.problems).toEqual([]);
    expect(built.towns.en.features.length).toBeGreaterThan(50);
  });

  it('shows the Russian reader Cyrillic towns, the Uzbek reader oʻ gʻ, and no administrative word', () => {
    const { towns } = buildTowns(readStoryPoints(process.cwd()));
    const names = (language: 'en' | 'uz' | 'ru') => towns[language].features.map((t) => t.properties.name);
    for (const name of names('ru')) expect(name).toMatch(/^[А-Яа-я -]+$/);
    for (const name of names('uz')) expect(name).not.toMatch(/[‘’'`ʼ]/);
    for (const name of names('en')) expect(name).toMatch(/^[A-Za-z' -]+$/);
    for (const language of ['en', 'uz', 'ru'] as const)
      for (const name of names(language))
        expect(name).not.toMatch(/(^|[\s-])(shahri|shaharchasi|shahar|шахри)($|[\s-])/i);
    expect(names('ru')).toEqual(expect.arrayContaining(['Гиждуван', 'Пахтакор', 'Коканд', 'Бекабад']));
    expect(names('uz')).toEqual(expect.arrayContaining(['Gʻijduvon', 'Paxtakor', 'Qoʻqon', 'Bekobod']));
    expect(names('en')).toEqual(expect.arrayContaining(['Gijduvan', 'Pakhtakor', 'Kokand', 'Bekabad']));
  });

  it('names a shown town without a name in a language, in the wrong letters, or keeping "Shahri"', () => {
    const copy = good();
    const [a, b] = copy.features;
    if (!a || !b) throw new Error('fixture');
    a.properties.names = { en: 'Karshi', uz: 'Qarshi', ru: '' };
    b.properties.names = { en: 'Denov Shahri', uz: 'Denov', ru: 'Denau' };
    const messages = checkTowns(TOWNS_SOURCE_NAME, copy, PLACES).map(
      (p) => `${p.rule} ${p.path} ${p.message}`,
    );
    expect(messages).toEqual([
      expect.stringMatching(/^town-name-language \$\.features\[0\] Karshi has no ru name/),
      expect.stringMatching(
        /^town-name-language \$\.features\[1\] .*en name "Denov Shahri" keeps an administrative word/,
      ),
      expect.stringMatching(
        /^town-name-language \$\.features\[1\] .*ru name "Denau" is not in Russian Cyrillic/,
      ),
    ]);
  });

  it('passes a good file', () => {
    expect(checkTowns(TOWNS_SOURCE_NAME, good(), PLACES)).toEqual([]);
  });

  it('names a town outside the region, one without population, one without a name', () => {
    const copy = good();
    const [a, b] = copy.features;
    if (!a || !b) throw new Error('fixture');
    a.geometry.coordinates = [4.35, 50.85];
    b.properties.population = 0;
    copy.features.push({ ...b, properties: { ...b.properties, name: ' ' } });
    const rules = checkTowns(TOWNS_SOURCE_NAME, copy, PLACES).map((p) => `${p.rule} ${p.path}`);
    expect(rules).toEqual([
      'town-region $.features[0]',
      'town-population $.features[1]',
      'town-name $.features[2]',
      'town-population $.features[2]',
    ]);
  });

  it('names a town that sits on a story place under its name, in either spelling', () => {
    const copy = good();
    copy.features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [67.29, 37.23] },
      properties: {
        name: 'Termez',
        localName: 'Tirmiz',
        names: { en: 'Termez', uz: 'Tirmiz', ru: 'Термез' },
        population: 140385,
        minZoom: 5,
      },
    });
    const problems = checkTowns(TOWNS_SOURCE_NAME, copy, PLACES);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.rule).toBe('town-duplicates-place');
    expect(problems[0]?.message).toMatch(/Termez is 1\.\d km from the story place termez/);
  });
});

describe('thinTowns', () => {
  const town = (name: string, population: number, lon: number, lat: number) => {
    const t = source(name, population, lon, lat);
    return selectTowns([t], [], { [String(t.cityId)]: entry(name, name, name, 'Город') })
      .features[0] as TownCollection['features'][number];
  };
  const collection = (...features: TownCollection['features']): TownCollection => ({
    type: 'FeatureCollection',
    features,
  });
  const minZooms = (towns: TownCollection) =>
    Object.fromEntries(towns.features.map((t) => [t.properties.name, t.properties.minZoom]));

  it('holds back the smaller of two towns whose names would touch, until the zoom that parts them', () => {
    // Three kilometres apart: their names touch until the map is zoomed well in.
    const thinned = thinTowns(
      collection(town('Smallville', 60_000, 65.4, 40.1), town('Bigton', 150_000, 65.435, 40.1)),
      [],
    );
    const zooms = minZooms(thinned);
    expect(zooms.Bigton).toBe(getTownMinZoom(150_000));
    expect(zooms.Smallville).toBeGreaterThan(getTownMinZoom(60_000));
    expect(zooms.Smallville).toBeLessThanOrEqual(MAX_TOWN_ZOOM);
    expect(thinned.features.map((t) => t.properties.name)).toEqual(['Bigton', 'Smallville']);
  });

  it('leaves alone a town with room, and keeps a town off a story marker until it is clear of it', () => {
    const thinned = thinTowns(
      collection(town('Lonely', 25_000, 60, 35), town('Nextdoor', 500_000, 67.29, 37.24)),
      PLACES,
    );
    expect(minZooms(thinned).Lonely).toBe(getTownMinZoom(25_000));
    // Two kilometres from Termez's marker: its name covers the marker until about zoom 7.
    expect(minZooms(thinned).Nextdoor).toBeGreaterThan(getTownMinZoom(500_000));
  });

  it('leaves out a town that finds no room at any zoom the map allows', () => {
    const thinned = thinTowns(collection(town('Twin A', 90_000, 66, 39), town('Twin B', 80_000, 66, 39)), []);
    expect(thinned.features.map((t) => t.properties.name)).toEqual(['Twin A']);
  });

  it('never lets two names first drawn at the same zoom touch there, nor draws a town before its size earns', () => {
    const arbitraryTown = fc.record({
      population: fc.integer({ min: 10_000, max: 3_000_000 }),
      lon: fc.double({ min: 64, max: 66, noNaN: true }),
      lat: fc.double({ min: 38, max: 40, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryTown, { minLength: 1, maxLength: 40 }), (specs) => {
        const towns = collection(
          ...specs.map((s, i) => town(`Town ${String(i).padStart(2, '0')}`, s.population, s.lon, s.lat)),
        );
        const thinned = thinTowns(towns, []);
        for (const t of thinned.features)
          expect(t.properties.minZoom).toBeGreaterThanOrEqual(getTownMinZoom(t.properties.population));
        for (let zoom = 3; zoom <= MAX_TOWN_ZOOM; zoom++) {
          const boxes = thinned.features
            .filter((t) => t.properties.minZoom === zoom)
            .map((t) => getTownLabelBox(t, zoom));
          boxes.forEach((a, i) => {
            for (const b of boxes.slice(i + 1))
              expect(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]).toBe(false);
          });
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the towns a reader finds the way by in the real file, from the zooms the story uses', () => {
    const built = buildTowns(readStoryPoints(process.cwd())).towns.en;
    const zooms = minZooms(built);
    for (const name of ['Bukhara', 'Karshi', 'Navoi', 'Nukus', 'Kunduz', 'Puli Khumri', 'Khujand'])
      expect(zooms[name], name).toBeLessThanOrEqual(7);
  });
});
