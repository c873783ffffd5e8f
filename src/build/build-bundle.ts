/**
 * Makes the page's data bundle from a validated dataset: measures the route and its camera path and
 * finds the places near each place. Build and test time only (it uses turf); the page reads the result
 * through `bundle.ts`.
 */
import { bbox } from '@turf/turf';
import type { AtlasBundle, NearbyEntry } from '../model/bundle.ts';
import { BUNDLE_VERSION } from '../model/bundle.ts';
import type { Dataset } from '../model/dataset.ts';
import type { CountryShapes } from './country-check.ts';
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
 * Every country place with its country's extent, [west, south, east, north] to a hundredth of a
 * degree, measured from its outline: a fit of a country frames the country, whichever it is. The
 * checks make sure each country place has an outline.
 */
export function addCountryExtents(places: readonly Place[], countries: CountryShapes): Place[] {
  return places.map((place) => {
    if (place.kind !== 'country') return place;
    const outline = countries.features.find((f) => f.properties?.iso3 === place.country);
    if (!outline) return place;
    const [west, south, east, north] = bbox(outline).map((n) => round(n, 2));
    return { ...place, extent: [west ?? 0, south ?? 0, east ?? 0, north ?? 0] };
  });
}

/**
 * The bundle for `dataset`, which must already have passed its checks; `countries` gives the country
 * places their extents. The camera path is rounded to
 * what a camera can show (about a metre, a tenth of a degree): it is most of the bundle's weight.
 */
export function buildBundle(dataset: Dataset, countries: CountryShapes): AtlasBundle {
  const route = measureRoute(dataset);
  const path = route.path.map((s) => ({
    km: round(s.km, 3),
    position: [round(s.position[0], 5), round(s.position[1], 5)] as [number, number],
    bearing: round(s.bearing, 1),
  }));
  return {
    version: BUNDLE_VERSION,
    dataset: { ...dataset, places: addCountryExtents(dataset.places, countries) },
    route: { ...route, path },
    nearby: computeNearby(dataset.places),
  };
}

/** The bundle as the file the page fetches. */
export function serializeBundle(bundle: AtlasBundle): string {
  return JSON.stringify(bundle);
}
