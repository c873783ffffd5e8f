import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBasemapFiles } from '../../scripts/build-basemap.ts';
import { DATA_FILES, SHIPPED_FILES } from '../../src/build/files.ts';
import { TOWN_FEATURE_LAYER } from '../../src/build/towns.ts';
import { BASEMAP_DETAIL_FILE, BASEMAP_FILE, DETAIL_BBOX, getBasemapFile } from '../../src/model/basemap.ts';
import { BUNDLE_FILE } from '../../src/model/bundle.ts';

const ROOT = join(import.meta.dirname, '../..');
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

interface Collection {
  features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[];
}
const { files, problems } = buildBasemapFiles(ROOT);
const world = JSON.parse(files.get(BASEMAP_FILE) ?? '{}') as Collection;
const region = JSON.parse(files.get(BASEMAP_DETAIL_FILE) ?? '{}') as Collection;

/** The `detail` of the water shapes that hold [lon, lat]: none on land, one where water is drawn. */
function findWaterAt(point: [number, number]): unknown[] {
  return world.features
    .filter((f) => f.properties.layer === 'water')
    .filter((f) => booleanPointInPolygon(point, f.geometry as Polygon | MultiPolygon))
    .map((f) => f.properties.detail);
}

describe('buildBasemapFiles', () => {
  it('fills water, not land, and only once wherever it is: 1:50m near the story, 1:110m elsewhere', () => {
    expect(findWaterAt([69.24, 41.3])).toEqual([]); // Tashkent
    expect(findWaterAt([67.28, 37.22])).toEqual([]); // Termez
    expect(findWaterAt([69.18, 34.53])).toEqual([]); // Kabul
    expect(findWaterAt([51.0, 42.0])).toEqual([1]); // the Caspian Sea
    expect(findWaterAt([-30, 30])).toEqual([0]); // the Atlantic
    expect(findWaterAt([-100, 40])).toEqual([]); // Kansas
    expect(world.features.filter((f) => f.properties.layer === 'land' && f.properties.detail === 0)).toEqual(
      [],
    );
  });

  it('prepares the world file with the towns in it and the precise region file, with no problems', () => {
    expect(problems).toEqual([]);
    expect([...files.keys()].sort()).toEqual(
      [BASEMAP_FILE, getBasemapFile('uz'), getBasemapFile('ru'), BASEMAP_DETAIL_FILE].sort(),
    );
    const towns = world.features.filter((f) => f.properties.layer === TOWN_FEATURE_LAYER);
    expect(towns.length).toBeGreaterThan(50);
    expect(towns.map((f) => f.properties.name)).toContain('Bukhara');
    for (const town of towns) {
      expect(town.geometry.type).toBe('Point');
      expect(Object.keys(town.properties).sort()).toEqual(['layer', 'minZoom', 'name', 'population']);
    }
  });

  it('names the towns of each language’s world file in that language, the rest of the file the same', () => {
    const read = (language: string) => JSON.parse(files.get(getBasemapFile(language)) ?? '{}') as Collection;
    const townNames = (c: Collection) =>
      c.features.filter((f) => f.properties.layer === TOWN_FEATURE_LAYER).map((f) => f.properties.name);
    expect(townNames(read('ru'))).toContain('Бухара');
    expect(townNames(read('ru')).every((name) => /^[А-Яа-я -]+$/.test(String(name)))).toBe(true);
    expect(townNames(read('uz'))).toContain('Buxoro');
    const land = (c: Collection) => c.features.filter((f) => f.properties.layer !== TOWN_FEATURE_LAYER);
    expect(land(read('ru'))).toEqual(land(world));
  });

  it('ships the precise land of Uzbekistan and Afghanistan, so the map keeps their fill closer in', () => {
    const land = region.features.filter((f) => f.properties.layer === 'land');
    expect(
      land.map((f) => f.properties).sort((a, b) => String(a.iso3).localeCompare(String(b.iso3))),
    ).toEqual([
      { layer: 'land', iso3: 'AFG' },
      { layer: 'land', iso3: 'UZB' },
    ]);
    const [uzbekistan] = land.filter((f) => f.properties.iso3 === 'UZB');
    expect(booleanPointInPolygon([69.24, 41.3], uzbekistan?.geometry as MultiPolygon)).toBe(true); // Tashkent
    expect(booleanPointInPolygon([67.28, 37.22], uzbekistan?.geometry as MultiPolygon)).toBe(true); // Termez
  });

  it('ships only borders besides that land, each naming the two countries, inside the precise box', () => {
    const borders = region.features.filter((f) => f.properties.layer !== 'land');
    expect(borders.length).toBeGreaterThan(0);
    const [w, s, e, n] = DETAIL_BBOX;
    for (const f of borders) {
      expect(f.properties).toEqual({
        layer: 'border',
        between: expect.stringMatching(/^[A-Z]{3}-[A-Z]{3}$/),
      });
      // One assertion per feature, naming the points outside: tens of thousands of points are checked.
      const outside = (f.geometry.coordinates as number[][][])
        .flat()
        .filter(([x = 0, y = 0]) => x < w || x > e || y < s || y > n);
      expect(outside, `${f.properties.between} outside the precise box`).toEqual([]);
    }
    expect(borders.map((f) => f.properties.between)).toContain('UZB-AFG');
  });

  it('tags the 1:50m Uzbek and Afghan borders inside the precise box, which give way to the precise ones', () => {
    const borders = world.features.filter((f) => f.properties.layer === 'border');
    expect(borders.some((f) => f.properties.inner === 1)).toBe(true);
    expect(borders.some((f) => f.properties.detail === 1 && f.properties.inner === undefined)).toBe(true);
  });

  it('reports an unreadable region file instead of shipping a basemap without it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-basemap-'));
    made.push(dir);
    cpSync(join(ROOT, 'geo'), join(dir, 'geo'), { recursive: true });
    writeFileSync(join(dir, 'geo/region-borders.geojson'), '{"type": "Feature"');
    const broken = buildBasemapFiles(dir);
    expect(broken.files.size).toBe(0);
    expect(broken.problems).toEqual([
      expect.objectContaining({ file: 'geo/region-borders.geojson', path: '$', rule: 'file' }),
    ]);
  });
});

describe('SHIPPED_FILES', () => {
  it('preloads only the bundle the page reads, and ships every data file and the basemap', () => {
    expect(SHIPPED_FILES.filter((f) => f.preload).map((f) => f.path)).toEqual([BUNDLE_FILE]);
    const shipped = SHIPPED_FILES.map((f) => f.path);
    for (const path of [...Object.values(DATA_FILES), BASEMAP_FILE, BASEMAP_DETAIL_FILE])
      expect(shipped).toContain(path);
    expect(new Set(SHIPPED_FILES.map((f) => f.path)).size).toBe(SHIPPED_FILES.length);
  });
});
