/**
 * The data bundle the page reads: the dataset as the build validated it (schemas and cross-checks),
 * with what the build measured (the route, its camera path, the places near each place). The page only
 * checks that it can read the bundle; the rules, zod and turf stay at build time.
 */
import type { Dataset, LonLat, RouteMode } from './dataset.ts';
import type { Problem } from './problem.ts';

/** Where the build writes the bundle, beside the page. */
export const BUNDLE_FILE = 'data/atlas-bundle.json';
/** Raised when the bundle's shape changes, so a page never reads one it does not understand. */
export const BUNDLE_VERSION = 2;

/** A leg with where it starts and ends along the whole route, in km. */
export interface MeasuredLeg {
  id: string;
  mode: RouteMode;
  from: string;
  to: string;
  km: number;
  startKm: number;
  endKm: number;
}

/** A stop with its distance along the route. */
export interface MeasuredStop {
  placeId: string;
  narrative: string;
  eventIds: readonly string[];
  km: number;
}

/** The route measured. */
export interface RouteGeometry {
  coordinates: LonLat[];
  totalKm: number;
  legs: MeasuredLeg[];
  stops: MeasuredStop[];
  kmByMode: Record<RouteMode, number>;
  /** The camera's path along the whole line, sampled every few km: each journey leg is a slice of it. */
  path: CameraSample[];
}

/** One camera sample on the way between two stops. */
export interface CameraSample {
  km: number;
  position: LonLat;
  bearing: number;
}

/** Another place near a place, measured at build. */
export interface NearbyEntry {
  placeId: string;
  km: number;
  /** One of the eight compass points. */
  direction: string;
}

export interface AtlasBundle {
  version: typeof BUNDLE_VERSION;
  dataset: Dataset;
  route: RouteGeometry;
  /** Places near each place, nearest first, by place id. */
  nearby: Record<string, NearbyEntry[]>;
}

export type BundleResult = { ok: true; bundle: AtlasBundle } | { ok: false; problems: Problem[] };

const DATASET_LISTS = ['places', 'events', 'programmes', 'routeLegs', 'story', 'sources'] as const;
const ROUTE_LISTS = ['coordinates', 'legs', 'stops', 'path'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function problem(path: string, message: string): Problem {
  return { file: BUNDLE_FILE, path, rule: 'bundle', message };
}

/** The problems a development server sends instead of a bundle when the data fails its checks. */
function readReportedProblems(value: Record<string, unknown>): Problem[] | null {
  if (!Array.isArray(value.problems)) return null;
  return value.problems.filter(
    (p): p is Problem =>
      isRecord(p) &&
      typeof p.file === 'string' &&
      typeof p.path === 'string' &&
      typeof p.rule === 'string' &&
      typeof p.message === 'string',
  );
}

/** The dataset's parts a page reads into (and a translated page puts its texts into), each present. */
const DATASET_PARTS = { route: ['stops'], rivers: ['features'] } as const;

function findPartProblems(dataset: Record<string, unknown>): Problem[] {
  return Object.entries(DATASET_PARTS).flatMap(([part, lists]) => {
    const value = dataset[part];
    if (!isRecord(value)) return [problem(`$.dataset.${part}`, 'is missing')];
    return lists
      .filter((list) => !Array.isArray(value[list]))
      .map((list) => problem(`$.dataset.${part}.${list}`, 'is not a list'));
  });
}

/**
 * Reads the bundle's text. A plain guard, not the data's rules: it catches a file that is not the
 * bundle (truncated, another version, an error page), naming what is wrong.
 */
export function readBundle(text: string): BundleResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [problem('$', `not valid JSON: ${(error as Error).message}`)] };
  }
  if (!isRecord(value)) return { ok: false, problems: [problem('$', 'is not an object')] };
  const reported = readReportedProblems(value);
  if (reported && reported.length > 0) return { ok: false, problems: reported };
  if (value.version !== BUNDLE_VERSION)
    return {
      ok: false,
      problems: [
        problem('$.version', `is ${JSON.stringify(value.version)}, this page reads ${BUNDLE_VERSION}`),
      ],
    };
  const problems: Problem[] = [];
  const { dataset, route, nearby } = value;
  if (!isRecord(dataset)) problems.push(problem('$.dataset', 'is missing'));
  else
    for (const key of DATASET_LISTS)
      if (!Array.isArray(dataset[key])) problems.push(problem(`$.dataset.${key}`, 'is not a list'));
  if (isRecord(dataset)) problems.push(...findPartProblems(dataset));
  if (!isRecord(route)) problems.push(problem('$.route', 'is missing'));
  else
    for (const key of ROUTE_LISTS)
      if (!Array.isArray(route[key])) problems.push(problem(`$.route.${key}`, 'is not a list'));
  if (!isRecord(nearby)) problems.push(problem('$.nearby', 'is missing'));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, bundle: value as unknown as AtlasBundle };
}
