/**
 * Shared test helpers: typed views of the fixture for mutation, and loaders that fail loudly.
 */
import { join } from 'node:path';
import { readDataFiles } from '../scripts/project-data.ts';
import { computeNearby } from '../src/build/build-bundle.ts';
import { type Dataset, loadDataset } from '../src/build/load.ts';
import type { AtlasEvent, Citation, Programme, RouteStop, SourceEntry } from '../src/build/schema.ts';
import { type AtlasIndex, buildIndex } from '../src/model/indexes.ts';
import { formatProblem } from '../src/model/problem.ts';
import { createFixture, type Fixture, toRawFiles } from './fixtures/dataset.ts';

/** The item at `i`, or a thrown error (keeps tests free of non-null assertions). */
export function at<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new Error(`no item at index ${i}`);
  return item;
}

export interface PlaceFeature {
  type: string;
  geometry: { type: string; coordinates: number[] };
  properties: {
    id: string;
    name: string;
    kind: string;
    country: string;
    summary: string;
    localName?: string;
    partOf?: string;
    eventless?: string;
  };
}

export interface LegFeature {
  type: string;
  geometry: { type: string; coordinates: number[][] };
  properties: { id: string; mode: string; from: string; to: string; since?: number };
}

/** Mutable, loosely typed views of the fixture's collections. */
export const placesOf = (f: Fixture) => f.places.features as PlaceFeature[];
/** A record as its file holds it: citations by register id, not resolved sources. */
export type Cited<T> = Omit<T, 'sources'> & { sources: Citation[] };
export const eventsOf = (f: Fixture) => f.events as unknown as Cited<AtlasEvent>[];
export const programmesOf = (f: Fixture) => f.programmes as unknown as Cited<Programme>[];
export const sourcesOf = (f: Fixture) => f.sources as unknown as SourceEntry[];
export const stopsOf = (f: Fixture) => f.route.stops as RouteStop[];
export const legsOf = (f: Fixture) => f.routeLegs.features as LegFeature[];

/** A place feature shaped like the fixture's. */
export function makePlace(id: string, name: string, country: string, coordinates: number[]): PlaceFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties: { id, name, kind: 'city', country, summary: `${name}.` },
  };
}

/** Loads a (possibly mutated) fixture and throws with every problem if it does not load. */
export function loadFixtureDataset(mutate: (fixture: Fixture) => void = () => {}): Dataset {
  const fixture = createFixture();
  mutate(fixture);
  const result = loadDataset(toRawFiles(fixture));
  if (!result.ok) throw new Error(`fixture does not load:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.dataset;
}

/** The index of a (possibly mutated) fixture. */
export function loadFixtureIndex(mutate?: (fixture: Fixture) => void): AtlasIndex {
  const dataset = loadFixtureDataset(mutate);
  return buildIndex(dataset, computeNearby(dataset.places));
}

/** The project's own data files, loaded as the page loads them; throws with every problem if they do not load. */
export function loadProjectDataset(): Dataset {
  const result = loadDataset(readDataFiles(join(import.meta.dirname, '..')).files);
  if (!result.ok)
    throw new Error(`project data does not load:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.dataset;
}
