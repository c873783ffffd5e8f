import type { BBox } from 'geojson';

/** Site-relative path of the prepared basemap (built by scripts/build-basemap.ts). */
export const BASEMAP_FILE = 'basemap/countries.json';

/** The region drawn at 1:50m: Central Asia, Afghanistan and their neighbours. [west, south, east, north]. */
export const REGION_BBOX: BBox = [44, 28, 82, 56];
