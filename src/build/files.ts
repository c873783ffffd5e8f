import { BASEMAP_DETAIL_FILE, getBasemapFile } from '../model/basemap.ts';
import { BUNDLE_FILE } from '../model/bundle.ts';
import { TOWN_NAME_LANGUAGES } from './town-names.ts';

/** The data files the atlas reads, by role. Paths are relative to the project root and to the site root. */
export const DATA_FILES = {
  places: 'geo/places.geojson',
  events: 'data/events.json',
  programmes: 'data/programmes.json',
  route: 'data/route.json',
  routeLegs: 'geo/transit-route.geojson',
  rivers: 'geo/rivers.geojson',
  story: 'data/story.json',
  /** The register of outside sources, each written once and cited by id. */
  sources: 'data/sources.json',
} as const;

export type DataFileRole = keyof typeof DATA_FILES;

/** Raw text of every data file, keyed by role. */
export type RawDataFiles = Record<DataFileRole, string>;

/**
 * Every data and basemap file the site ships beside the page, site-relative: what a service worker
 * precaches. `preload` marks the ones the page fetches itself at start (MapLibre fetches the basemap
 * from its worker, where a preload would not be reused).
 */
export const SHIPPED_FILES: readonly { path: string; preload: boolean }[] = [
  // The page reads the bundle; the data files ship beside it for readers and tools, not for the page.
  { path: BUNDLE_FILE, preload: true },
  ...Object.values(DATA_FILES).map((path) => ({ path, preload: false })),
  ...TOWN_NAME_LANGUAGES.map((language) => ({ path: getBasemapFile(language), preload: false })),
  { path: BASEMAP_DETAIL_FILE, preload: false },
];
