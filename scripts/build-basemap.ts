/**
 * Prepares the basemap at build time so the page never ships or parses the whole 1:50m world:
 * coarse 1:110m outlines for the world view, 1:50m detail only inside the boxes the story needs
 * (Central Asia and Afghanistan, and a margin around every place outside it), coordinates rounded to
 * what each scale can show. Inside `DETAIL_BBOX` the 1:50m shapes are tagged `inner` and give way,
 * from `DETAIL_MIN_ZOOM`, to a second, precise file: the OpenStreetMap-derived borders of
 * `geo/region-borders.geojson`. The Vite build emits both files beside the data (vite.config.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  area,
  bboxClip,
  bboxPolygon,
  booleanPointInPolygon,
  centerOfMass,
  difference,
  featureCollection,
  pointOnFeature,
  simplify,
} from '@turf/turf';
import type {
  BBox,
  Feature,
  FeatureCollection,
  Geometry,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import { merge, mesh } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { RegionBorders } from '../src/build/river-border-check.ts';
import { TOWN_NAME_LANGUAGES } from '../src/build/town-names.ts';
import type { StoryPoint } from '../src/build/towns.ts';
import {
  BASEMAP_DETAIL_FILE,
  BASEMAP_FILE,
  DETAIL_BBOX,
  getBasemapFile,
  REGION_BBOX,
  REGION_BORDERS_FILE,
} from '../src/model/basemap.ts';
import { COUNTRIES, FOCUS_COUNTRIES, getIso3FromNumeric } from '../src/model/countries.ts';
import type { Problem } from '../src/model/problem.ts';
import { buildTowns, toBasemapTowns } from './build-towns.ts';
import { readCountryShapes, readRegionBorders } from './project-data.ts';

const PLACE_MARGIN_DEG = 5;
/** Douglas–Peucker tolerance in degrees: about a pixel at the deepest zoom each scale is drawn at. */
const WORLD_TOLERANCE = 0.06;
const DETAIL_TOLERANCE = 0.004;
/** ~100 m: under the precise borders' line width at the zooms the precise land is filled at. */
const REGION_LAND_TOLERANCE = 0.001;

function isArea(g: Geometry): g is Polygon | MultiPolygon {
  return g.type === 'Polygon' || g.type === 'MultiPolygon';
}

/** Drops vertices the map cannot show at its zooms, then rounds what is left. */
function prepareGeometry<G extends Polygon | MultiPolygon | MultiLineString>(
  g: G,
  tolerance: number,
  decimals: number,
): G {
  // Rings that clipping left degenerate are dropped first: simplification rejects them.
  const rounded = roundGeometry(g, decimals);
  const parts: Position[][][] =
    rounded.type === 'Polygon'
      ? [rounded.coordinates]
      : rounded.type === 'MultiPolygon'
        ? rounded.coordinates
        : rounded.coordinates.map((line) => [line]);
  const isLine = rounded.type === 'MultiLineString';
  const simplified = parts.flatMap((rings) => {
    const kept = isLine ? rings : rings.filter((ring) => ring.length >= 4);
    if (kept.length === 0) return [];
    const geometry = isLine
      ? ({ type: 'LineString', coordinates: kept[0] ?? [] } as const)
      : ({ type: 'Polygon', coordinates: kept } as const);
    try {
      const out = simplify(
        { type: 'Feature', properties: {}, geometry },
        { tolerance, highQuality: false },
      ).geometry;
      return [out.type === 'LineString' ? [out.coordinates] : (out as Polygon).coordinates];
    } catch {
      return [kept];
    }
  });
  if (rounded.type === 'Polygon') return { ...rounded, coordinates: simplified[0] ?? [] } as G;
  if (isLine) return { ...rounded, coordinates: simplified.map((rings) => rings[0] ?? []) } as G;
  return { ...rounded, coordinates: simplified } as G;
}

/** Rounds to `decimals` and drops the repeated positions rounding makes. */
export function roundPositions(positions: Position[], decimals: number): Position[] {
  const f = 10 ** decimals;
  const out: Position[] = [];
  for (const [x = 0, y = 0] of positions) {
    const p = [Math.round(x * f) / f, Math.round(y * f) / f];
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function roundGeometry<G extends Polygon | MultiPolygon | MultiLineString>(g: G, decimals: number): G {
  if (g.type === 'Polygon')
    return { ...g, coordinates: g.coordinates.map((r) => roundPositions(r, decimals)) };
  if (g.type === 'MultiLineString')
    return {
      ...g,
      coordinates: g.coordinates.map((l) => roundPositions(l, decimals)).filter((l) => l.length > 1),
    };
  return {
    ...g,
    coordinates: (g as MultiPolygon).coordinates.map((p) => p.map((r) => roundPositions(r, decimals))),
  } as G;
}

function isEmpty(g: Geometry): boolean {
  if (g.type === 'Polygon') return g.coordinates.every((r) => r.length < 4);
  if (g.type === 'MultiPolygon') return g.coordinates.every((p) => p.every((r) => r.length < 4));
  if (g.type === 'MultiLineString' || g.type === 'LineString') return g.coordinates.length === 0;
  return false;
}

/** The region minus the precise box: four boxes around it (west, east, south, north). */
function getRegionRing(): BBox[] {
  const [w, s, e, n] = REGION_BBOX;
  const [iw, is, ie, inn] = DETAIL_BBOX;
  return [
    [w, s, iw, n],
    [ie, s, e, n],
    [iw, s, ie, is],
    [iw, inn, ie, n],
  ];
}

/** The boxes that get 1:50m detail: the region, plus a margin around each place outside it. */
function getDetailBoxes(root: string): BBox[] {
  const boxes: BBox[] = [DETAIL_BBOX, ...getRegionRing()];
  try {
    const places = JSON.parse(readFileSync(join(root, 'geo/places.geojson'), 'utf8')) as FeatureCollection;
    for (const f of places.features) {
      if (f.geometry.type !== 'Point') continue;
      const [x = 0, y = 0] = f.geometry.coordinates;
      if (boxes.some(([w, s, e, n]) => x >= w && x <= e && y >= s && y <= n)) continue;
      boxes.push([
        x - PLACE_MARGIN_DEG,
        y - PLACE_MARGIN_DEG / 2,
        x + PLACE_MARGIN_DEG,
        y + PLACE_MARGIN_DEG / 2,
      ]);
    }
  } catch {
    // The data check reports unreadable places; the basemap still gets the region.
  }
  return boxes;
}

function getLabelPoint(shape: Feature<Polygon | MultiPolygon>): Position {
  const polygons =
    shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  const largest = polygons
    .map((coordinates) => ({ type: 'Polygon' as const, coordinates }))
    .sort((a, b) => area(b) - area(a))[0];
  if (!largest) return [0, 0];
  const centre = centerOfMass(largest);
  const inside = booleanPointInPolygon(centre, largest) ? centre : pointOnFeature(largest);
  return roundPositions([inside.geometry.coordinates], 2)[0] ?? [0, 0];
}

/** Mercator's world, a little beyond the latitudes it can show. */
const WORLD_BOX: BBox = [-180, -85.1, 180, 85.1];

/** What inside `box` is neither land in `topology` nor inside one of `holes`. */
function findWater(topology: Topology, box: BBox, holes: readonly BBox[]): Polygon | MultiPolygon | null {
  const countries = topology.objects.countries as unknown as { geometries: GeometryObject[] };
  const land = merge(topology, countries.geometries as Parameters<typeof merge>[1]);
  const clipped = bboxClip(land, box).geometry as Polygon | MultiPolygon;
  // Clipping leaves rings of fewer than four positions along the box's edges; the difference rejects them.
  const polygons = (clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates)
    .map((rings) => rings.filter((ring) => ring.length >= 4))
    .filter((rings) => rings.length > 0);
  const parts: Feature<Polygon | MultiPolygon>[] = holes.map((h) => bboxPolygon(h));
  if (polygons.length > 0)
    parts.unshift({
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    });
  return difference(featureCollection([bboxPolygon(box), ...parts]))?.geometry ?? null;
}

/** Builds the basemap collection: `layer` is water | land | border | label, `detail` 0 (world) or 1 (1:50m). */
export function buildBasemap(root: string): FeatureCollection {
  const features: Feature[] = [];
  const boxes = getDetailBoxes(root);
  const inner = (box: BBox) => (box === DETAIL_BBOX ? { inner: 1 } : {});
  const world = readCountryShapes('110m');
  const detail = readCountryShapes('50m');
  const labelFrom = new Map<string, Feature<Polygon | MultiPolygon>>();

  for (const f of world.shapes.features) if (f.properties.iso3) labelFrom.set(f.properties.iso3, f);
  // Water, not land, is drawn: the background is the land's colour, so where the story happens (far
  // from any sea) the map has no fill to draw at all. Outside the boxes from 1:110m, inside from 1:50m.
  const worldWater = findWater(world.topology, WORLD_BOX, boxes);
  if (worldWater) {
    features.push({
      type: 'Feature',
      properties: { layer: 'water', detail: 0 },
      geometry: prepareGeometry(worldWater, WORLD_TOLERANCE, 2),
    });
  }
  for (const box of boxes) {
    const water = findWater(detail.topology, box, []);
    if (!water) continue;
    const geometry = prepareGeometry(water, DETAIL_TOLERANCE, 3);
    if (!isEmpty(geometry))
      features.push({ type: 'Feature', properties: { layer: 'water', detail: 1 }, geometry });
  }
  for (const box of boxes) {
    for (const f of detail.shapes.features) {
      const clipped = bboxClip(f, box);
      if (isEmpty(clipped.geometry)) continue;
      const geometry = prepareGeometry(clipped.geometry as Polygon | MultiPolygon, DETAIL_TOLERANCE, 3);
      if (isEmpty(geometry)) continue;
      const iso3 = f.properties.iso3 ?? '';
      features.push({
        type: 'Feature',
        properties: { layer: 'land', detail: 1, iso3, ...inner(box) },
        geometry,
      });
    }
  }
  for (const f of detail.shapes.features) {
    const iso3 = f.properties.iso3;
    const clipped = bboxClip(f, REGION_BBOX);
    if (iso3 && !isEmpty(clipped.geometry)) labelFrom.set(iso3, clipped as Feature<Polygon | MultiPolygon>);
  }

  const countriesOf = (t: typeof world.topology) => t.objects.countries as GeometryObject;
  const worldBorders = mesh(world.topology, countriesOf(world.topology), (a, b) => a !== b);
  features.push({
    type: 'Feature',
    properties: { layer: 'border', detail: 0 },
    geometry: prepareGeometry(worldBorders, WORLD_TOLERANCE, 2),
  });
  // Uzbekistan's and Afghanistan's borders give way to the precise ones inside the precise box.
  const isFocus = (g: GeometryObject) => FOCUS_COUNTRIES.includes(getIso3FromNumeric(g.id) ?? '');
  const detailMeshes = [true, false].map((focus) => ({
    focus,
    lines: mesh(
      detail.topology,
      countriesOf(detail.topology),
      (a, b) => a !== b && (isFocus(a) || isFocus(b)) === focus,
    ),
  }));
  for (const box of boxes) {
    for (const { focus, lines } of detailMeshes) {
      const clipped = bboxClip(lines, box).geometry;
      if (clipped.type !== 'MultiLineString' || isEmpty(clipped)) continue;
      features.push({
        type: 'Feature',
        properties: { layer: 'border', detail: 1, ...(focus ? inner(box) : {}) },
        geometry: prepareGeometry(clipped, DETAIL_TOLERANCE, 3),
      });
    }
  }

  for (const [iso3, country] of Object.entries(COUNTRIES)) {
    const shape = labelFrom.get(iso3);
    if (!shape) continue;
    features.push({
      type: 'Feature',
      properties: { layer: 'label', iso3, name: country.name },
      geometry: { type: 'Point', coordinates: getLabelPoint(shape) },
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * The precise region for zoom `DETAIL_MIN_ZOOM` and up: its borders, and the land of the countries the
 * story is about, whose fill there must follow the precise borders, not the 1:50m shapes.
 */
export function buildDetailBasemap(borders: RegionBorders): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: borders.features.flatMap((f): Feature[] => {
      if (f.properties.layer === 'border')
        return [{ ...f, properties: { layer: 'border', between: f.properties.between ?? '' } }];
      const iso3 = f.properties.iso3;
      // The precise borders are drawn over the fill's edge, so the fill does with fewer vertices.
      if (f.properties.layer === 'land' && iso3 && FOCUS_COUNTRIES.includes(iso3) && isArea(f.geometry))
        return [
          {
            ...f,
            geometry: prepareGeometry(f.geometry, REGION_LAND_TOLERANCE, 4),
            properties: { layer: 'land', iso3 },
          },
        ];
      return [];
    }),
  };
}

/** Reports a basemap file that would draw nothing, naming what it was made from. */
function checkBasemap(path: string, source: string, collection: FeatureCollection): Problem[] {
  const layers = new Set(collection.features.map((f) => f.properties?.layer));
  if (layers.has('border')) return [];
  return [{ file: source, path: '$.features', rule: 'basemap', message: `gives ${path} no borders to draw` }];
}

/** Every basemap file the site ships, by site-relative path, or the problems that prevent it. */
export function buildBasemapFiles(root: string): { files: Map<string, string>; problems: Problem[] } {
  const { borders, problems } = readRegionBorders(root);
  if (!borders) return { files: new Map(), problems };
  const world = buildBasemap(root);
  const region = buildDetailBasemap(borders);
  const towns = buildTowns(readStoryPoints(root), root);
  // Each language's page loads a world file whose towns are named in its language.
  const worlds = TOWN_NAME_LANGUAGES.map((language): [string, string] => [
    getBasemapFile(language),
    JSON.stringify({ ...world, features: [...world.features, ...toBasemapTowns(towns.towns[language])] }),
  ]);
  return {
    files: new Map([...worlds, [BASEMAP_DETAIL_FILE, JSON.stringify(region)]]),
    problems: [
      ...checkBasemap(BASEMAP_FILE, 'node_modules/world-atlas', world),
      ...checkBasemap(BASEMAP_DETAIL_FILE, REGION_BORDERS_FILE, region),
      ...towns.problems,
    ],
  };
}

/** The story's places as the towns need them; unreadable places are the data check's to report. */
export function readStoryPoints(root: string): StoryPoint[] {
  try {
    const places = JSON.parse(
      readFileSync(join(root, 'geo/places.geojson'), 'utf8'),
    ) as FeatureCollection<Point>;
    return places.features.map((f) => ({
      id: String(f.properties?.id ?? ''),
      name: String(f.properties?.name ?? ''),
      localName: typeof f.properties?.localName === 'string' ? f.properties.localName : undefined,
      kind: String(f.properties?.kind ?? ''),
      coordinates: f.geometry.coordinates,
    }));
  } catch {
    return [];
  }
}
