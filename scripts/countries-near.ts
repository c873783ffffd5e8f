/**
 * The country polygons near a frame, for the build's outline drawings (the region's outline and the
 * view pages' previews): whatever touches the frame widened by a margin is drawn, the rest of the
 * world is left out of the SVG.
 */
import type { Position } from 'geojson';
import type { CountryShapes } from '../src/build/country-check.ts';

/** A country's polygons (each a list of rings) that come near the frame. */
export interface CountryNear {
  iso3: string;
  polygons: Position[][][];
}

/**
 * Every country with a polygon whose outer ring has a point within `marginDeg` degrees of the frame
 * `[west, south, east, north]`, with those polygons only.
 */
export function listCountriesNear(
  shapes: CountryShapes,
  [west, south, east, north]: readonly [number, number, number, number],
  marginDeg: number,
): CountryNear[] {
  return shapes.features.flatMap((f) => {
    const g = f.geometry;
    if (!g) return [];
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    const near = polygons.filter((rings) =>
      (rings[0] ?? []).some(
        ([lon = 0, lat = 0]) =>
          lon > west - marginDeg &&
          lon < east + marginDeg &&
          lat > south - marginDeg &&
          lat < north + marginDeg,
      ),
    );
    return near.length > 0 ? [{ iso3: String(f.properties?.iso3 ?? ''), polygons: near }] : [];
  });
}
