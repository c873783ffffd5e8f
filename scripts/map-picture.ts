/**
 * The picture of the map the page shows at first paint, before any script: the opening view (water,
 * borders, rivers, the transit route) drawn by the build as one SVG in the live map's own projection
 * (Web Mercator), with the story's places laid over it as links to their view pages, named in the
 * page's language. CSS alone places it: the region's box is fitted into the map's box less the opening
 * fit's padding, as MapLibre's `fitBounds` fits it (see `.map-picture` in styles.css), so the live map
 * comes in over the very same view. The SVG has no text of the data in it; the places' names are HTML.
 */
import { bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { JSDOM } from 'jsdom';
import { COLOURS, PLACE_KIND_COLOURS } from '../src/map/palette.ts';
import { FOCUS_COUNTRIES } from '../src/model/countries.ts';
import type { Dataset } from '../src/model/dataset.ts';
import { buildIndex } from '../src/model/indexes.ts';
import { getViewPagePath } from '../src/model/view-pages.ts';
import { requestRegion } from '../src/state/atlas-state.ts';

/** Site-relative path of the picture's SVG (one for every language: it holds no words). */
export const MAP_PICTURE_FILE = 'map-picture.svg';

/** Where the build puts the picture in index.html (inside the map's box). */
export const MAP_PICTURE_PLACEHOLDER = '<!--map-picture-->';

/**
 * The zoom at which one unit of the picture is one CSS pixel. The opening fit never zooms in further
 * (its `maxZoom` is 6), so a unit is at most a pixel on screen and whole units are precise enough.
 */
export const PICTURE_UNIT_ZOOM = 6;
/** MapLibre's world is 512 pixels wide at zoom 0. */
const WORLD_PX = 512 * 2 ** PICTURE_UNIT_ZOOM;
/**
 * How far the drawing reaches beyond the fitted region, in the region's longer side on every side: a
 * window much wider or taller than the region (a phone) shows that much more land around it.
 */
const REACH = 2.5;

/** A point in the picture's units: Web Mercator pixels at `PICTURE_UNIT_ZOOM`, from the world's corner. */
export function projectMercator([lon = 0, lat = 0]: Position): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * WORLD_PX, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * WORLD_PX];
}

/** The inverse of `projectMercator`. */
function unprojectMercator([x, y]: [number, number]): [number, number] {
  const lon = (x / WORLD_PX) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / WORLD_PX))) * 180) / Math.PI;
  return [lon, lat];
}

/**
 * What the CSS needs to place the picture, in picture units: the drawing's origin (`x0`, `y0`, its
 * top-left corner in world units) and size, the fitted region's size and its centre in the drawing,
 * and the longest a unit may be on screen (the fit's `maxZoom`).
 */
export interface PictureFrame {
  x0: number;
  y0: number;
  width: number;
  height: number;
  regionWidth: number;
  regionHeight: number;
  centreX: number;
  centreY: number;
  /** CSS pixels per unit at the fit's deepest zoom. */
  maxScale: number;
  /** The drawn area in [west, south, east, north]. */
  bbox: [number, number, number, number];
}

/** The frame of the opening fit for `dataset`: the region the page opens on, and the land drawn around it. */
export function getPictureFrame(dataset: Dataset): PictureFrame {
  const request = requestRegion(buildIndex(dataset), 1);
  if (request?.kind !== 'fit') throw new Error('the dataset has no place in the region to frame');
  const [[west, south], [east, north]] = request.bounds;
  const [left, top] = projectMercator([west, north]);
  const [right, bottom] = projectMercator([east, south]);
  const side = Math.max(right - left, bottom - top);
  const x0 = Math.floor(left - REACH * side);
  const y0 = Math.floor(top - REACH * side);
  const width = Math.ceil(right + REACH * side) - x0;
  const height = Math.ceil(bottom + REACH * side) - y0;
  const [bboxWest, bboxNorth] = unprojectMercator([x0, y0]);
  const [bboxEast, bboxSouth] = unprojectMercator([x0 + width, y0 + height]);
  return {
    x0,
    y0,
    width,
    height,
    regionWidth: right - left,
    regionHeight: bottom - top,
    centreX: (left + right) / 2 - x0,
    centreY: (top + bottom) / 2 - y0,
    maxScale: 2 ** (request.maxZoom - PICTURE_UNIT_ZOOM),
    bbox: [bboxWest, bboxSouth, bboxEast, bboxNorth],
  };
}

/** A number for CSS or SVG: at most three decimals, no trailing zeros. */
function formatNumber(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** The lines (or rings) of a geometry. */
function listLines(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    default:
      return [];
  }
}

/** SVG path data for `lines` in whole picture units, relative moves so the file stays small. */
function writePath(lines: Position[][], frame: PictureFrame, close: boolean): string {
  let d = '';
  for (const line of lines) {
    let previous: [number, number] | null = null;
    let steps = '';
    for (const position of line) {
      const [px, py] = projectMercator(position);
      const point: [number, number] = [Math.round(px - frame.x0), Math.round(py - frame.y0)];
      if (!previous) steps += `M${point[0]} ${point[1]}`;
      else if (point[0] !== previous[0] || point[1] !== previous[1])
        steps += `l${point[0] - previous[0]} ${point[1] - previous[1]}`;
      else continue;
      previous = point;
    }
    if (steps.includes('l')) d += close ? `${steps}z` : steps;
  }
  return d;
}

/** The features of `collection` in the drawn area, clipped to it. */
function clipFeatures(features: readonly Feature[], frame: PictureFrame): Feature[] {
  return features.flatMap((f) => {
    if (!f.geometry || f.geometry.type === 'Point' || f.geometry.type === 'GeometryCollection') return [];
    const clipped = bboxClip(f as Feature<never>, frame.bbox);
    return listLines(clipped.geometry).some((line) => line.length > 1) ? [clipped as Feature] : [];
  });
}

/**
 * The picture's SVG: the basemap's water, Uzbekistan's and Afghanistan's land, and borders as the live map draws them at the opening zoom
 * (the 1:50m detail where it has it), the rivers and the transit route. Its size is the drawing's in
 * picture units, so the browser counts it as the large image it is on screen.
 */
export function renderMapPictureSvg(basemap: FeatureCollection, dataset: Dataset): string {
  const frame = getPictureFrame(dataset);
  const layer = (name: string) => basemap.features.filter((f) => f.properties?.layer === name);
  // Outside the detail boxes the world's outlines; inside them the 1:50m ones, as from zoom 3.5 on.
  const water = clipFeatures(layer('water'), frame);
  const focus = clipFeatures(
    layer('land').filter(
      (f) => f.properties?.detail === 1 && FOCUS_COUNTRIES.includes(String(f.properties?.iso3)),
    ),
    frame,
  );
  const borders = clipFeatures(
    layer('border').filter((f) => f.properties?.detail === 1),
    frame,
  );
  const rivers = clipFeatures(dataset.rivers.features as Feature[], frame);
  const route = dataset.routeLegs.map((leg) => [...leg.coordinates] as Position[]);
  const path = (className: string, d: string) => (d ? `<path class="${className}" d="${d}"/>` : '');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${frame.width} ${frame.height}" width="${frame.width}" height="${frame.height}">`,
    `<style>path{fill:none;stroke-linejoin:round;stroke-linecap:round}`,
    `.water{fill:${COLOURS.water}}.focus{fill:${COLOURS.landFocus}}.border{stroke:${COLOURS.border};stroke-width:1.6}`,
    `.river{stroke:${COLOURS.river};stroke-width:2.4}`,
    `.casing{stroke:${COLOURS.routeCasing};stroke-width:11}.route{stroke:${COLOURS.route};stroke-width:7}</style>`,
    `<rect width="${frame.width}" height="${frame.height}" fill="${COLOURS.land}"/>`,
    path('focus', focus.map((f) => writePath(listLines(f.geometry), frame, true)).join('')),
    path('water', water.map((f) => writePath(listLines(f.geometry), frame, true)).join('')),
    path('border', borders.map((f) => writePath(listLines(f.geometry), frame, false)).join('')),
    path('river', rivers.map((f) => writePath(listLines(f.geometry), frame, false)).join('')),
    path('casing', writePath(route, frame, false)),
    path('route', writePath(route, frame, false)),
    '</svg>',
  ].join('');
}

/** Which kinds of place are named first where names would overlap: the crossing, then the towns. */
const LABEL_ORDER: readonly string[] = [
  'bridge',
  'city',
  'region',
  'airfield',
  'institution',
  'site',
  'headquarters',
];
/**
 * The map's box, less the fit's padding, the labels are placed for: a laptop's (1280×720). Names are
 * HTML in a fixed type size, so on a smaller map they come closer together.
 */
const LABEL_BOX = { width: 763, height: 395 };
/** A name's size on screen, in pixels: its height, and the width of one letter on average. */
const LABEL_HEIGHT = 16;
const LABEL_LETTER = 7.6;
/** From the dot's centre to its name. */
const LABEL_OFFSET = 9;
const DOT_RADIUS = 5;

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Which places are named, and on which side of their dot: the most telling first (`LABEL_ORDER`),
 * on the right where there is room, else on the left, else not at all (the name is in the link for a
 * screen reader all the same). Laid out at the scale of `LABEL_BOX`.
 */
function placeLabels(
  places: readonly Dataset['places'][number][],
  frame: PictureFrame,
): Map<string, 'right' | 'left'> {
  const scale = Math.min(
    LABEL_BOX.width / frame.regionWidth,
    LABEL_BOX.height / frame.regionHeight,
    frame.maxScale,
  );
  const at = (place: Dataset['places'][number]) => {
    const [x, y] = projectMercator(place.coordinates);
    return [x * scale, y * scale] as const;
  };
  const taken: Rect[] = places.map((place) => {
    const [x, y] = at(place);
    return { left: x - DOT_RADIUS, top: y - DOT_RADIUS, right: x + DOT_RADIUS, bottom: y + DOT_RADIUS };
  });
  const rank = (kind: string) => LABEL_ORDER.indexOf(kind);
  const ordered = [...places].sort((a, b) => rank(a.kind) - rank(b.kind));
  const sides = new Map<string, 'right' | 'left'>();
  for (const place of ordered) {
    const [x, y] = at(place);
    const width = place.name.length * LABEL_LETTER;
    const top = y - LABEL_HEIGHT / 2;
    const bottom = y + LABEL_HEIGHT / 2;
    const options: ['right' | 'left', Rect][] = [
      ['right', { left: x + LABEL_OFFSET, top, right: x + LABEL_OFFSET + width, bottom }],
      ['left', { left: x - LABEL_OFFSET - width, top, right: x - LABEL_OFFSET, bottom }],
    ];
    const free = options.find(([, rect]) => taken.every((other) => !overlaps(rect, other)));
    if (!free) continue;
    sides.set(place.id, free[0]);
    taken.push(free[1]);
  }
  return sides;
}

/** What the picture's HTML says in the page's language. */
export interface PictureTexts {
  /** The picture's description, for a reader who cannot see it. */
  alt: string;
  /** The folder of the page's language (`uz/`), before which every view page of that language lies. */
  languagePath: string;
}

/**
 * The picture as the page's HTML: the SVG as an image, and every story place on it as a link to its
 * view page, named in the page's language (`dataset` is the translated one). Its numbers go to CSS
 * as custom properties; the names go in as text.
 */
export function renderMapPictureHtml(dataset: Dataset, texts: PictureTexts): string {
  const frame = getPictureFrame(dataset);
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  try {
    const doc = window.document;
    const root = doc.createElement('div');
    root.id = 'map-picture';
    root.className = 'map-picture';
    const box = doc.createElement('div');
    box.className = 'map-picture-box';
    box.setAttribute(
      'style',
      [
        `--picture-width:${frame.width}`,
        `--picture-height:${frame.height}`,
        `--region-width:${formatNumber(frame.regionWidth)}`,
        `--region-height:${formatNumber(frame.regionHeight)}`,
        `--region-x:${formatNumber(frame.centreX)}`,
        `--region-y:${formatNumber(frame.centreY)}`,
        `--picture-max-scale:${formatNumber(frame.maxScale)}px`,
      ].join(';'),
    );
    const image = doc.createElement('img');
    image.className = 'map-picture-image';
    image.setAttribute('src', MAP_PICTURE_FILE);
    image.setAttribute('alt', texts.alt);
    image.setAttribute('width', String(frame.width));
    image.setAttribute('height', String(frame.height));
    image.setAttribute('fetchpriority', 'high');
    image.setAttribute('decoding', 'sync');
    box.append(image);
    const [west, south, east, north] = frame.bbox;
    const shown = dataset.places.filter(({ kind, coordinates: [lon, lat] }) => {
      return kind !== 'country' && lon >= west && lon <= east && lat >= south && lat <= north;
    });
    const sides = placeLabels(shown, frame);
    for (const place of shown) {
      const [x, y] = projectMercator(place.coordinates);
      const side = sides.get(place.id);
      const link = doc.createElement('a');
      link.className = `map-picture-place${side === 'left' ? ' map-picture-place-left' : ''}`;
      link.setAttribute('href', `${texts.languagePath}${getViewPagePath({ kind: 'place', id: place.id })}`);
      link.dataset.place = place.id;
      link.setAttribute(
        'style',
        `--x:${formatNumber(x - frame.x0)};--y:${formatNumber(y - frame.y0)};--dot:${PLACE_KIND_COLOURS[place.kind]}`,
      );
      const dot = doc.createElement('span');
      dot.className = 'map-picture-dot';
      const name = doc.createElement('span');
      // A place whose name has no room keeps it for screen readers and as the link's name.
      name.className = side ? 'map-picture-name' : 'visually-hidden';
      name.textContent = place.name;
      link.append(dot, name);
      box.append(link);
    }
    root.append(box);
    return root.outerHTML;
  } finally {
    window.close();
  }
}
