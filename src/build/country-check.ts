/**
 * Checks that each place lies in the country it claims. This catches swapped longitude and latitude,
 * which otherwise land a city in the Arctic without any other rule noticing.
 */
import { booleanPointInPolygon, point, pointToPolygonDistance } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { COUNTRIES } from '../model/countries.ts';
import type { Problem } from '../model/problem.ts';
import { DATA_FILES } from './files.ts';
import type { Place } from './schema.ts';

/**
 * Outlines at 1:50m are coarse along rivers, and the precise ones are land only (a wide border river is
 * in neither country): a bridge on a border river may fall a little outside.
 */
export const BORDER_TOLERANCE_KM = 3;

export type CountryShapes = FeatureCollection<Polygon | MultiPolygon, { iso3?: string }>;

/**
 * Reports every place outside its claimed country (beyond the border tolerance). A country place must
 * have its country's outline, be the only place standing for that country, and put its label point
 * inside the outline itself (no tolerance: the point is where the country's name is drawn).
 */
export function checkPlacesInCountries(places: readonly Place[], countries: CountryShapes): Problem[] {
  const byIso3 = new Map<string, Feature<Polygon | MultiPolygon>>();
  for (const feature of countries.features)
    if (feature.properties.iso3) byIso3.set(feature.properties.iso3, feature);
  const problems: Problem[] = [];
  const countryPlaces = new Map<string, string>();
  places.forEach((place, i) => {
    const path = `$.features[${i}]`;
    const shape = COUNTRIES[place.country] ? byIso3.get(place.country) : undefined;
    if (place.kind === 'country') {
      const other = countryPlaces.get(place.country);
      if (other !== undefined)
        problems.push({
          file: DATA_FILES.places,
          path: `${path}.properties.country`,
          rule: 'country-shape',
          message: `"${other}" already stands for ${place.country}`,
        });
      else countryPlaces.set(place.country, place.id);
      if (shape && !booleanPointInPolygon(point(place.coordinates), shape))
        problems.push({
          file: DATA_FILES.places,
          path: `${path}.geometry.coordinates`,
          rule: 'country-shape',
          message: `the label point of country "${place.id}" lies outside the outline of ${place.country}`,
        });
    }
    if (!shape) {
      problems.push({
        file: DATA_FILES.places,
        path: `${path}.properties.country`,
        rule: place.kind === 'country' ? 'country-shape' : 'country',
        message: `country "${place.country}" is not one the atlas has an outline for`,
      });
      return;
    }
    const at = point(place.coordinates);
    if (booleanPointInPolygon(at, shape)) return;
    const km = pointToPolygonDistance(at, shape, { units: 'kilometers' });
    if (Math.abs(km) <= BORDER_TOLERANCE_KM) return;
    problems.push({
      file: DATA_FILES.places,
      path: `${path}.geometry.coordinates`,
      rule: 'in-country',
      message: `"${place.id}" at [${place.coordinates.join(', ')}] is ${Math.abs(km).toFixed(0)} km outside ${place.country} — are longitude and latitude swapped?`,
    });
  });
  return problems;
}
