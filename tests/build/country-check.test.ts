import { booleanPointInPolygon, destination, point, pointToPolygonDistance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { readCountryShapes } from '../../scripts/project-data.ts';
import { BORDER_TOLERANCE_KM, checkPlacesInCountries } from '../../src/build/country-check.ts';
import type { LonLat, Place } from '../../src/build/schema.ts';
import { at, loadFixtureDataset } from '../helpers.ts';

const shapes = readCountryShapes('50m').shapes;
const places = loadFixtureDataset().places;
const termez = places.find((p) => p.id === 'termez') as Place;

function shapeOf(iso3: string) {
  const shape = shapes.features.find((f) => f.properties.iso3 === iso3);
  if (!shape) throw new Error(`no outline for ${iso3}`);
  return shape;
}

/** A point `km` due south of Termez, rounded like the data files. */
function southOfTermez(km: number): LonLat {
  const [lon, lat] = destination(point(termez.coordinates), km, 180, { units: 'kilometers' }).geometry
    .coordinates as LonLat;
  return [Number(lon.toFixed(4)), Number(lat.toFixed(4))];
}

/** How far outside Uzbekistan a point is (negative inside). */
function kmOutsideUzbekistan(at: LonLat): number {
  return pointToPolygonDistance(point(at), shapeOf('UZB'), { units: 'kilometers' });
}

describe('checkPlacesInCountries', () => {
  it('accepts every fixture place in its country', () => {
    expect(checkPlacesInCountries(places, shapes)).toEqual([]);
  });

  it('reports a place with longitude and latitude swapped', () => {
    const tashkent = at(places, 0);
    const swapped: Place = { ...tashkent, coordinates: [tashkent.coordinates[1], tashkent.coordinates[0]] };
    const problems = checkPlacesInCountries([at(places, 1), swapped], shapes);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'geo/places.geojson',
      path: '$.features[1].geometry.coordinates',
      rule: 'in-country',
    });
    expect(problems[0]?.message).toMatch(/"tashkent"/);
    expect(problems[0]?.message).toMatch(/swapped/);
  });

  it('reports a country the atlas has no outline for', () => {
    const problems = checkPlacesInCountries([{ ...at(places, 0), country: 'XYZ' }], shapes);
    expect(problems).toEqual([
      {
        file: 'geo/places.geojson',
        path: '$.features[0].properties.country',
        rule: 'country',
        message: 'country "XYZ" is not one the atlas has an outline for',
      },
    ]);
  });

  it('reports a known code whose outline is missing from the shapes given', () => {
    const withoutUzbekistan = {
      ...shapes,
      features: shapes.features.filter((f) => f.properties.iso3 !== 'UZB'),
    };
    const problems = checkPlacesInCountries([at(places, 0)], withoutUzbekistan);
    expect(problems.map((p) => p.rule)).toEqual(['country']);
  });

  it('tolerates a point 1 km across the border from Termez', () => {
    const across = southOfTermez(1.7);
    // Preconditions: the point really is in Afghanistan, about 1 km from Uzbekistan.
    expect(booleanPointInPolygon(point(across), shapeOf('AFG'))).toBe(true);
    expect(booleanPointInPolygon(point(across), shapeOf('UZB'))).toBe(false);
    expect(kmOutsideUzbekistan(across)).toBeGreaterThan(0.5);
    expect(kmOutsideUzbekistan(across)).toBeLessThan(Math.min(1.5, BORDER_TOLERANCE_KM));
    expect(checkPlacesInCountries([{ ...termez, coordinates: across }], shapes)).toEqual([]);
  });

  it('reports a point 50 km inside Afghanistan that claims Uzbekistan', () => {
    const inside = southOfTermez(51);
    expect(booleanPointInPolygon(point(inside), shapeOf('AFG'))).toBe(true);
    const km = kmOutsideUzbekistan(inside);
    expect(km).toBeGreaterThan(45);
    const problems = checkPlacesInCountries([{ ...termez, coordinates: inside }], shapes);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'geo/places.geojson',
      path: '$.features[0].geometry.coordinates',
      rule: 'in-country',
    });
    expect(problems[0]?.message).toContain(`is ${km.toFixed(0)} km outside UZB`);
  });

  it('accepts the same point when it claims Afghanistan', () => {
    const inside = southOfTermez(51);
    expect(checkPlacesInCountries([{ ...termez, coordinates: inside, country: 'AFG' }], shapes)).toEqual([]);
  });
});

describe('country places', () => {
  const uzbekistan: Place = {
    id: 'uzbekistan',
    name: 'Uzbekistan',
    kind: 'country',
    country: 'UZB',
    summary: 'The country.',
    coordinates: [64.5, 41.4],
  };

  it('accepts a country place whose label point lies inside its outline', () => {
    expect(checkPlacesInCountries([uzbekistan, ...places], shapes)).toEqual([]);
  });

  it('reports a country place without an outline', () => {
    expect(checkPlacesInCountries([{ ...uzbekistan, country: 'XYZ' }], shapes)).toEqual([
      {
        file: 'geo/places.geojson',
        path: '$.features[0].properties.country',
        rule: 'country-shape',
        message: 'country "XYZ" is not one the atlas has an outline for',
      },
    ]);
  });

  it('reports a country label point outside the outline, even within the border tolerance', () => {
    // About 1 km across the Amu Darya from Termez: a city there would be tolerated, a country label not.
    const outside = southOfTermez(1.7);
    const km = kmOutsideUzbekistan(outside);
    expect(km).toBeGreaterThan(0);
    expect(km).toBeLessThan(BORDER_TOLERANCE_KM);
    expect(checkPlacesInCountries([{ ...uzbekistan, coordinates: outside }], shapes)).toEqual([
      {
        file: 'geo/places.geojson',
        path: '$.features[0].geometry.coordinates',
        rule: 'country-shape',
        message: 'the label point of country "uzbekistan" lies outside the outline of UZB',
      },
    ]);
  });

  it('reports a second place standing for the same country', () => {
    expect(checkPlacesInCountries([uzbekistan, { ...uzbekistan, id: 'uzbekistan-again' }], shapes)).toEqual([
      {
        file: 'geo/places.geojson',
        path: '$.features[1].properties.country',
        rule: 'country-shape',
        message: '"uzbekistan" already stands for UZB',
      },
    ]);
  });
});
