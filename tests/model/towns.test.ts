import { describe, expect, it } from 'vitest';
import { readStoryPoints } from '../../scripts/build-basemap.ts';
import { buildTownsFile } from '../../scripts/build-towns.ts';
import {
  checkTowns,
  getTownMinZoom,
  type SourceTown,
  type StoryPoint,
  selectTowns,
  stripDiacritics,
  TOWNS_FILE,
  type TownCollection,
} from '../../src/model/towns.ts';

const PLACES: StoryPoint[] = [
  { id: 'termez', name: 'Termez', localName: 'Термиз', kind: 'city', coordinates: [67.2783, 37.2242] },
  { id: 'uzbekistan', name: 'Uzbekistan', kind: 'country', coordinates: [64.5, 41.4] },
];

const source = (name: string, population: number, lon: number, lat: number, country = 'UZ'): SourceTown => ({
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
    );
    expect(towns.features.map((f) => [f.properties.name, f.properties.localName])).toEqual([
      ['Herat', 'Herāt'],
      ['Karshi', 'Qarshi'],
      ['Navoi', 'Navoiy'],
    ]);
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
    selectTowns([source('Qarshi', 222898, 65.789, 38.861), source('Denov', 68994, 67.9, 38.27)], PLACES);

  it('passes the prepared towns file of the real data', () => {
    const built = buildTownsFile(readStoryPoints(process.cwd()));
    expect(built.problems).toEqual([]);
    expect(JSON.parse(built.text).features.length).toBeGreaterThan(50);
  });

  it('passes a good file', () => {
    expect(checkTowns(TOWNS_FILE, good(), PLACES)).toEqual([]);
  });

  it('names a town outside the region, one without population, one without a name', () => {
    const copy = good();
    const [a, b] = copy.features;
    if (!a || !b) throw new Error('fixture');
    a.geometry.coordinates = [4.35, 50.85];
    b.properties.population = 0;
    copy.features.push({ ...b, properties: { ...b.properties, name: ' ' } });
    const rules = checkTowns(TOWNS_FILE, copy, PLACES).map((p) => `${p.rule} ${p.path}`);
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
      properties: { name: 'Termez', localName: 'Tirmiz', population: 140385, minZoom: 5 },
    });
    const problems = checkTowns(TOWNS_FILE, copy, PLACES);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.rule).toBe('town-duplicates-place');
    expect(problems[0]?.message).toMatch(/Termez is 1\.\d km from the story place termez/);
  });
});
