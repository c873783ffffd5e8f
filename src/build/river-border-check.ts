/**
 * Checks that the map agrees with itself where the story crosses a border river: every bridge leg of
 * the route crosses a river, and near that crossing the river runs with the border (a hand-drawn river
 * and a generalised border can drift kilometres apart while each looks right on its own).
 */
import { distance, lineIntersect, lineString, point, pointToLineDistance } from '@turf/turf';
import type {
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { REGION_BORDERS_FILE } from '../model/basemap.ts';
import type { Problem } from '../model/problem.ts';
import { DATA_FILES } from './files.ts';
import type { RiversFile, RouteLeg } from './schema.ts';

/** How far river and border may be apart near a crossing: a pixel or three at zoom 10. */
export const RIVER_BORDER_TOLERANCE_M = 200;
/** The stretch of river checked on either side of a bridge. */
export const RIVER_BORDER_RADIUS_KM = 5;

/** Precise borders, as `scripts/derive-region-borders.ts` writes them (`between` is e.g. `UZB-AFG`). */
export type RegionBorders = FeatureCollection<
  LineString | MultiLineString | Polygon | MultiPolygon,
  { layer: string; between?: string; iso3?: string }
>;

/** Border lines further than this (in degrees) from a crossing are not looked at. */
const NEAR_DEG = 0.2;

function isWithinBox(line: readonly Position[], at: Position, deg: number): boolean {
  const [x = 0, y = 0] = at;
  return line.some(([px = 0, py = 0]) => Math.abs(px - x) <= deg && Math.abs(py - y) <= deg);
}

interface BorderLine {
  between: string;
  line: ReturnType<typeof lineString>;
}

function getBorderLines(borders: RegionBorders): BorderLine[] {
  return borders.features.flatMap((f) => {
    if (f.properties.layer !== 'border' || !f.properties.between) return [];
    const g = f.geometry;
    const lines =
      g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
    const between = f.properties.between;
    return lines.filter((l) => l.length > 1).map((l) => ({ between, line: lineString(l) }));
  });
}

function getMetresToBorder(
  at: Position,
  borders: readonly BorderLine[],
): { metres: number; between: string } {
  let best = { metres: Number.POSITIVE_INFINITY, between: '' };
  for (const { between, line } of borders) {
    const metres = pointToLineDistance(point(at), line, { units: 'meters' });
    if (metres < best.metres) best = { metres, between };
  }
  return best;
}

/** Every line of every river, with the JSON path of its coordinates. */
function getCourses(rivers: RiversFile): { id: string; path: string; coordinates: Position[] }[] {
  return rivers.features.flatMap((river, r) => {
    const base = `$.features[${r}].geometry.coordinates`;
    const id = river.properties.id;
    const g = river.geometry;
    return g.type === 'LineString'
      ? [{ id, path: base, coordinates: g.coordinates.map((c) => [...c]) }]
      : g.coordinates.map((line, l) => ({ id, path: `${base}[${l}]`, coordinates: line.map((c) => [...c]) }));
  });
}

/** Reports bridges that cross no river, and border rivers that leave their border near a bridge. */
export function checkBridgesOnBorderRivers(
  legs: readonly RouteLeg[],
  rivers: RiversFile,
  borders: RegionBorders,
): Problem[] {
  const borderLines = getBorderLines(borders);
  const problems: Problem[] = [];
  legs.forEach((leg, i) => {
    if (leg.mode !== 'bridge') return;
    const bridge = lineString(leg.coordinates.map((c) => [...c]));
    const courses = getCourses(rivers);
    const crossings = courses.flatMap((course) =>
      lineIntersect(bridge, lineString(course.coordinates)).features.map((hit) => ({
        ...course,
        at: hit.geometry.coordinates,
      })),
    );
    if (crossings.length === 0) {
      const nearest = Math.min(
        ...courses.map((course) =>
          pointToLineDistance(
            point([...(leg.coordinates[Math.floor(leg.coordinates.length / 2)] ?? [0, 0])]),
            lineString(course.coordinates),
            { units: 'meters' },
          ),
        ),
      );
      problems.push({
        file: DATA_FILES.routeLegs,
        path: `$.features[${i}].geometry.coordinates`,
        rule: 'bridge-river',
        message: `bridge "${leg.id}" crosses no river in ${DATA_FILES.rivers} (the nearest is ${Math.round(nearest)} m from its middle)`,
      });
      return;
    }
    for (const { id, path, coordinates, at } of crossings) {
      // Only the borders around the crossing: the whole region would make the check slow.
      const near = borderLines.filter(({ line }) => isWithinBox(line.geometry.coordinates, at, NEAR_DEG));
      if (getMetresToBorder(at, near).metres > RIVER_BORDER_RADIUS_KM * 1000) continue;
      coordinates.forEach((vertex, v) => {
        const km = distance(point(at), point(vertex), { units: 'kilometers' });
        if (km > RIVER_BORDER_RADIUS_KM) return;
        const { metres, between } = getMetresToBorder(vertex, near);
        if (metres <= RIVER_BORDER_TOLERANCE_M) return;
        problems.push({
          file: DATA_FILES.rivers,
          path: `${path}[${v}]`,
          rule: 'river-border',
          message: `"${id}" at [${vertex.join(', ')}] is ${Math.round(metres)} m from the ${between} border in ${REGION_BORDERS_FILE}, ${km.toFixed(1)} km from bridge "${leg.id}" (at most ${RIVER_BORDER_TOLERANCE_M} m)`,
        });
      });
    }
  });
  return problems;
}
