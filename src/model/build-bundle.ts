/**
 * Makes the page's data bundle from a validated dataset: measures the route and its camera path and
 * finds the places near each place. Build and test time only (it uses turf); the page reads the result
 * through `bundle.ts`.
 */
import type { AtlasBundle, NearbyEntry } from './bundle.ts';
import { BUNDLE_VERSION } from './bundle.ts';
import type { Dataset } from './load.ts';
import { findNearbyPlaces } from './nearby.ts';
import { measureRoute } from './route.ts';
import type { Place } from './schema.ts';

/** The places near each place, nearest first, by place id. */
export function computeNearby(places: readonly Place[]): Record<string, NearbyEntry[]> {
  const nearby: Record<string, NearbyEntry[]> = {};
  for (const place of places)
    nearby[place.id] = findNearbyPlaces(place, places).map((n) => ({
      placeId: n.place.id,
      km: n.km,
      direction: n.direction,
    }));
  return nearby;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * The bundle for `dataset`, which must already have passed its checks. The camera path is rounded to
 * what a camera can show (about a metre, a tenth of a degree): it is most of the bundle's weight.
 */
export function buildBundle(dataset: Dataset): AtlasBundle {
  const route = measureRoute(dataset);
  const path = route.path.map((s) => ({
    km: round(s.km, 3),
    position: [round(s.position[0], 5), round(s.position[1], 5)] as [number, number],
    bearing: round(s.bearing, 1),
  }));
  return {
    version: BUNDLE_VERSION,
    dataset,
    route: { ...route, path },
    nearby: computeNearby(dataset.places),
  };
}

/** The bundle as the file the page fetches. */
export function serializeBundle(bundle: AtlasBundle): string {
  return JSON.stringify(bundle);
}
