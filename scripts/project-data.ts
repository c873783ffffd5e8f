/** Node-side access to the project's data files and country outlines (build, checks, bench). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CountryShapes } from '../src/build/country-check.ts';
import { checkPlacesInCountries } from '../src/build/country-check.ts';
import { type LoadResult, loadDataset } from '../src/build/load.ts';
import { type DataFilesResult, readDataFilesWith } from '../src/build/read-data-files.ts';
import { checkBridgesOnBorderRivers, type RegionBorders } from '../src/build/river-border-check.ts';
import { runSeedTextChecks, SEED_TEXT_FILE } from '../src/build/seed-text-checks.ts';
import { REGION_BORDERS_FILE } from '../src/model/basemap.ts';
import { getIso3FromNumeric } from '../src/model/countries.ts';
import type { Problem } from '../src/model/problem.ts';

const require = createRequire(import.meta.url);

/** Reads every data file under `root` as text; a missing file becomes a problem, not a crash. */
export function readDataFiles(root: string): DataFilesResult {
  return readDataFilesWith((path) => readFileSync(join(root, path), 'utf8'));
}

/** Natural Earth country outlines from world-atlas, tagged with alpha-3 codes where the atlas knows them. */
export function readCountryShapes(scale: '50m' | '110m' = '50m'): {
  topology: Topology;
  shapes: CountryShapes;
} {
  const topology = require(`world-atlas/countries-${scale}.json`) as Topology;
  const collection = feature(
    topology,
    topology.objects.countries as GeometryCollection,
  ) as unknown as CountryShapes;
  for (const f of collection.features) {
    const iso3 = getIso3FromNumeric(f.id as string | undefined);
    f.properties = iso3 ? { ...f.properties, iso3 } : { ...f.properties };
  }
  return { topology, shapes: collection };
}

/** The committed OpenStreetMap-derived region (precise land and borders), or the problem reading it. */
export function readRegionBorders(root: string): { borders?: RegionBorders; problems: Problem[] } {
  try {
    const borders = JSON.parse(readFileSync(join(root, REGION_BORDERS_FILE), 'utf8')) as RegionBorders;
    if (borders?.type !== 'FeatureCollection' || !Array.isArray(borders.features))
      throw new Error('not a GeoJSON FeatureCollection');
    return { borders, problems: [] };
  } catch (error) {
    const message = `cannot be read: ${(error as Error).message}`;
    return { problems: [{ file: REGION_BORDERS_FILE, path: '$', rule: 'file', message }] };
  }
}

/** The NATO page's text, kept for the rules that compare the data with it, or the problem reading it. */
export function readSeedText(root: string): { text?: string; problems: Problem[] } {
  try {
    return { text: readFileSync(join(root, SEED_TEXT_FILE), 'utf8'), problems: [] };
  } catch (error) {
    const message = `cannot be read: ${(error as Error).message}`;
    return { problems: [{ file: SEED_TEXT_FILE, path: '$', rule: 'file', message }] };
  }
}

/** Country outlines for the in-country rule: the precise region's where it has them, else 1:50m. */
function getCheckShapes(borders: RegionBorders | undefined): CountryShapes {
  const coarse = readCountryShapes('50m').shapes;
  const precise = (borders?.features ?? []).flatMap((f): CountryShapes['features'] => {
    const g = f.geometry;
    if (f.properties.layer !== 'land' || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return [];
    return [{ type: 'Feature', properties: { iso3: f.properties.iso3 }, geometry: g }];
  });
  const preciseIso3 = new Set(precise.map((f) => f.properties.iso3));
  return {
    type: 'FeatureCollection',
    features: [...precise, ...coarse.features.filter((f) => !preciseIso3.has(f.properties.iso3))],
  };
}

/**
 * Validates the project's data the way the build does: schemas, cross-checks, country outlines and the
 * rules that compare the data with the NATO page's text.
 */
export function validateProjectData(root: string): LoadResult {
  const { files, problems } = readDataFiles(root);
  const region = readRegionBorders(root);
  const seed = readSeedText(root);
  if (problems.length > 0 || !region.borders || seed.text === undefined)
    return { ok: false, problems: [...problems, ...region.problems, ...seed.problems] };
  const result = loadDataset(files);
  if (!result.dataset) return result;
  // Checked even when other rules failed: a swapped coordinate breaks route rules too, and the
  // country rule is the one that says why.
  const countryProblems = [
    ...checkPlacesInCountries(result.dataset.places, getCheckShapes(region.borders)),
    ...checkBridgesOnBorderRivers(result.dataset.routeLegs, result.dataset.rivers, region.borders),
    ...runSeedTextChecks(result.dataset, seed.text),
  ];
  if (countryProblems.length === 0) return result;
  return {
    ok: false,
    problems: [...countryProblems, ...(result.ok ? [] : result.problems)],
    dataset: result.dataset,
  };
}
