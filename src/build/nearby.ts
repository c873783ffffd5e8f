/**
 * Places near a place, with distance and compass direction measured with turf from the coordinates,
 * never typed in. Pure: the same places always give the same answer.
 */
import { bearing, distance, point } from '@turf/turf';
import type { Place } from './schema.ts';

/** How far a place may be to count as nearby, in kilometres. */
export const NEARBY_KM = 25;

/** Another place, how far it is and in which direction from the first. */
export interface NearbyPlace {
  place: Place;
  km: number;
  /** One of the eight compass points: N, NE, E, SE, S, SW, W, NW. */
  direction: string;
}

const COMPASS = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;

/** The compass point nearest to a bearing in degrees (-180..180 or 0..360). */
export function describeBearing(degrees: number): string {
  const sector = Math.round((((degrees % 360) + 360) % 360) / 45) % 8;
  return COMPASS[sector] ?? 'N';
}

/**
 * The places within `maxKm` of `place`, nearest first. Country places are left out (a country is
 * not "near" its own cities), and so are the place's parts and parent, which the panel names apart.
 */
export function findNearbyPlaces(
  place: Place,
  places: readonly Place[],
  maxKm: number = NEARBY_KM,
): NearbyPlace[] {
  if (place.kind === 'country') return [];
  const from = point(place.coordinates);
  const found: NearbyPlace[] = [];
  for (const other of places) {
    if (other.id === place.id || other.kind === 'country') continue;
    if (other.partOf === place.id || place.partOf === other.id) continue;
    const to = point(other.coordinates);
    const km = distance(from, to, { units: 'kilometers' });
    if (km <= maxKm) found.push({ place: other, km, direction: describeBearing(bearing(from, to)) });
  }
  return found.sort((a, b) => a.km - b.km || a.place.id.localeCompare(b.place.id));
}
