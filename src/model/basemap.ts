import type { BBox } from 'geojson';

/** Site-relative path of the prepared world basemap (emitted by the build, see scripts/build-basemap.ts). */
export const BASEMAP_FILE = 'basemap/countries.json';

/**
 * The world basemap of a language's page: its towns are named in that language (`countries.json` for
 * English, `countries-ru.json`, …). One file per language rather than every language's names in one:
 * a page loads only the names it shows.
 */
export function getBasemapFile(language: string): string {
  return language === 'en' ? BASEMAP_FILE : BASEMAP_FILE.replace(/\.json$/, `-${language}.json`);
}

/** Site-relative path of the precise basemap of the story's region, drawn from `DETAIL_MIN_ZOOM`. */
export const BASEMAP_DETAIL_FILE = 'basemap/region.json';

/** Project-relative path of the committed OpenStreetMap-derived region (scripts/derive-region-borders.ts). */
export const REGION_BORDERS_FILE = 'geo/region-borders.geojson';

/** The region drawn at 1:50m: Central Asia, Afghanistan and their neighbours. [west, south, east, north]. */
export const REGION_BBOX: BBox = [44, 28, 82, 56];

/** Where the precise (~10 m, OpenStreetMap) borders are: Uzbekistan, Afghanistan and around. */
export const DETAIL_BBOX: BBox = [56, 29, 76, 46];

/** Uzbekistan, Afghanistan and their neighbours: the precise borders are those between them. */
export const DETAIL_COUNTRIES: readonly string[] = [
  'UZB',
  'AFG',
  'TKM',
  'TJK',
  'KGZ',
  'KAZ',
  'IRN',
  'PAK',
  'CHN',
  'IND',
];

/** From this zoom the precise region replaces the 1:50m shapes inside `DETAIL_BBOX`. */
export const DETAIL_MIN_ZOOM = 7;

/** The river drawn from the border it forms: the Amu Darya between Uzbekistan and Afghanistan. */
export const RIVER_BORDERS = {
  river: 'amu-darya',
  borders: [['UZB', 'AFG']],
} as const;
