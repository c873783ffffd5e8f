/** The data files the atlas reads, by role. Paths are relative to the project root and to the site root. */
export const DATA_FILES = {
  places: 'geo/places.geojson',
  events: 'data/events.json',
  programmes: 'data/programmes.json',
  route: 'data/route.json',
  routeLegs: 'geo/transit-route.geojson',
  rivers: 'geo/rivers.geojson',
  story: 'data/story.json',
} as const;

export type DataFileRole = keyof typeof DATA_FILES;

/** Raw text of every data file, keyed by role. */
export type RawDataFiles = Record<DataFileRole, string>;
