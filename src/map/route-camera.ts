/**
 * Plans the camera's journey along the transit route: a steady pace along the line, north-up and
 * flat, or a cut when less motion is wanted. Pure: it says where the camera is at each moment of a
 * leg; `map-sync.ts`, the only code that moves the map, plays the plan.
 *
 * The map is never turned to the line's heading: a reader who knows the region expects Mazar-i-Sharif
 * below Termez, and a map that swings round at each bend and back when the journey ends is hard to
 * follow. At each stop the camera centres the stop and zooms out, if it must, until the next stop is
 * in the part of the map the reader can see, so the way ahead is always on screen.
 */
import type { CameraSample, RouteGeometry } from '../model/bundle.ts';
import type { Camera, CameraPadding } from '../state/store.ts';

/** Pace of the journey at speed 1, in km per second. */
export const BASE_KM_PER_SECOND = 90;
const MIN_TRAVEL_MS = 1200;
const MAX_TRAVEL_MS = 9000;
/** Joining the route: one eased flight to the stop. */
export const JOIN_FLIGHT_MS = 1600;
/** The journey's closest zoom: where neighbouring stops are near, the camera comes no closer. */
export const FOLLOW_ZOOM = 7.5;
/** Its widest: a stop far from the next is still shown at a scale where the land has towns. */
export const MIN_FOLLOW_ZOOM = 5;
/** Room kept between the next stop and the edge of the part of the map the reader sees, in pixels. */
export const NEXT_STOP_MARGIN_PX = 56;
/** MapLibre's tiles are 512 pixels a side: the world is this wide at zoom 0. */
const WORLD_PX = 512;

/** The map's size and the room its overlays take at each edge (MapLibre's camera padding), in pixels. */
export interface JourneyView {
  width: number;
  height: number;
  padding: CameraPadding;
}

/** Eases in and out so each leg starts and stops gently. */
export function easeInOut(t: number): number {
  return t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
}

/** Position and heading at `t` in [0, 1] of a sampled path (linear between samples). */
export function interpolateSamples(
  samples: readonly CameraSample[],
  t: number,
): { position: [number, number]; bearing: number } {
  const first = samples[0];
  if (!first) return { position: [0, 0], bearing: 0 };
  const scaled = Math.min(Math.max(t, 0), 1) * (samples.length - 1);
  const i = Math.min(Math.floor(scaled), samples.length - 2);
  const a = samples[Math.max(i, 0)] ?? first;
  const b = samples[i + 1] ?? a;
  const f = scaled - Math.max(i, 0);
  const turn = ((((b.bearing - a.bearing + 180) % 360) + 360) % 360) - 180;
  return {
    position: [
      a.position[0] + (b.position[0] - a.position[0]) * f,
      a.position[1] + (b.position[1] - a.position[1]) * f,
    ],
    bearing: a.bearing + turn * f,
  };
}

/**
 * The part of a whole-route camera path between two distances, ends included, in travel order.
 * The path is sampled once per route so each step between stops costs no geometry work.
 */
export function slicePath(path: readonly CameraSample[], fromKm: number, toKm: number): CameraSample[] {
  const lo = Math.min(fromKm, toKm);
  const hi = Math.max(fromKm, toKm);
  const at = (km: number): CameraSample | undefined => {
    const i = path.findIndex((s) => s.km >= km);
    // Outside the path the camera holds the nearest end.
    if (i <= 0) {
      const end = i === 0 ? path[0] : path.at(-1);
      return end ? { ...end, km } : undefined;
    }
    const a = path[i - 1] as CameraSample;
    const b = path[i] as CameraSample;
    const t = b.km === a.km ? 0 : (km - a.km) / (b.km - a.km);
    const { position, bearing } = interpolateSamples([a, b], t);
    return { km, position, bearing };
  };
  const start = at(lo);
  const end = at(hi);
  const inner = path.filter((s) => s.km > lo && s.km < hi);
  const slice = [start, ...inner, end].filter((s): s is CameraSample => s !== undefined);
  return fromKm <= toKm ? slice : slice.reverse();
}

/** Web Mercator at zoom 0, in MapLibre's pixels. */
function projectAtZoom0([lon, lat]: readonly [number, number]): { x: number; y: number } {
  const sin = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  return {
    x: ((lon + 180) / 360) * WORLD_PX,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * WORLD_PX,
  };
}

/**
 * The zoom at which a north-up, flat camera centred on `centre` also shows `next` inside the padded
 * part of `view`, `NEXT_STOP_MARGIN_PX` in from its edges: `FOLLOW_ZOOM` when it fits there, less when
 * it does not, never below `MIN_FOLLOW_ZOOM`. Without a next stop or a view, `FOLLOW_ZOOM`.
 */
export function fitNextStopZoom(
  centre: readonly [number, number],
  next: readonly [number, number] | null,
  view: JourneyView | null,
): number {
  if (!next || !view) return FOLLOW_ZOOM;
  const { width, height, padding } = view;
  // The padded part's half-sides: the camera puts its centre in the middle of that part.
  const halfWidth = (width - padding.left - padding.right) / 2 - NEXT_STOP_MARGIN_PX;
  const halfHeight = (height - padding.top - padding.bottom) / 2 - NEXT_STOP_MARGIN_PX;
  if (halfWidth <= 0 || halfHeight <= 0) return MIN_FOLLOW_ZOOM;
  const a = projectAtZoom0(centre);
  const b = projectAtZoom0(next);
  const dx = Math.abs(b.x - a.x);
  const dy = Math.abs(b.y - a.y);
  const fits = Math.min(
    dx > 0 ? Math.log2(halfWidth / dx) : Number.POSITIVE_INFINITY,
    dy > 0 ? Math.log2(halfHeight / dy) : Number.POSITIVE_INFINITY,
  );
  return Math.max(MIN_FOLLOW_ZOOM, Math.min(FOLLOW_ZOOM, fits));
}

/**
 * One leg of the journey:
 * - `cut`: the camera is put at the stop at once (less motion wanted, or nowhere to travel from);
 * - `flight`: joining the route from elsewhere, one eased flight to the stop;
 * - `path`: along the line from where the camera is on it, `frameAt` giving each moment, ending at
 *   the stop's `zoom`.
 */
export type JourneyLeg =
  | { kind: 'cut'; camera: Camera; km: number }
  | { kind: 'flight'; camera: Camera; km: number; durationMs: number }
  | {
      kind: 'path';
      samples: CameraSample[];
      fromKm: number;
      toKm: number;
      zoom: number;
      durationMs: number;
    };

export interface JourneyPlanInput {
  path: readonly CameraSample[];
  route: Pick<RouteGeometry, 'stops'>;
  /** Where on the route the camera is, in km, or null when it is not on the route. */
  fromKm: number | null;
  step: number;
  speed: number;
  reducedMotion: boolean;
  /** Start at the stop without moving there (the page opening on a stop). */
  instant?: boolean;
  /** The map the stop is framed in; without it each stop is shown at `FOLLOW_ZOOM`. */
  view?: JourneyView | null;
}

/** Where on the path a distance is. */
function positionAt(path: readonly CameraSample[], km: number): [number, number] | null {
  return slicePath(path, km, km)[0]?.position ?? null;
}

/** The camera at rest at stop `step`: on the line, north-up, flat, the next stop in view. */
export function cameraAtStop(
  path: readonly CameraSample[],
  route: Pick<RouteGeometry, 'stops'>,
  step: number,
  view: JourneyView | null = null,
): Camera | null {
  const stop = route.stops[step];
  if (!stop) return null;
  const centre = positionAt(path, stop.km);
  if (!centre) return null;
  const following = route.stops[step + 1];
  const next = following ? positionAt(path, following.km) : null;
  return { center: centre, zoom: fitNextStopZoom(centre, next, view), bearing: 0, pitch: 0 };
}

/** Plans the leg to `step`, or null for a step the route does not have. */
export function planJourneyLeg(input: JourneyPlanInput): JourneyLeg | null {
  const { path, route, fromKm, step, speed, reducedMotion, instant = false, view = null } = input;
  const target = route.stops[step];
  const camera = cameraAtStop(path, route, step, view);
  if (!target || !camera) return null;
  const toKm = target.km;
  if (fromKm === null && !reducedMotion && !instant)
    return { kind: 'flight', camera, km: toKm, durationMs: JOIN_FLIGHT_MS };
  if (fromKm === null || reducedMotion || instant || Math.abs(toKm - fromKm) < 0.5)
    return { kind: 'cut', camera, km: toKm };
  const durationMs = Math.min(
    MAX_TRAVEL_MS,
    Math.max(MIN_TRAVEL_MS, (Math.abs(toKm - fromKm) / (BASE_KM_PER_SECOND * speed)) * 1000),
  );
  return {
    kind: 'path',
    samples: slicePath(path, fromKm, toKm),
    fromKm,
    toKm,
    zoom: camera.zoom,
    durationMs,
  };
}

/** The same heading in (-180, 180]. */
function wrapBearing(bearing: number): number {
  const wrapped = ((((bearing + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 ? 180 : wrapped;
}

/**
 * The camera at `elapsedMs` into a path leg: eased along the line, north-up and flat, its zoom eased
 * with the journey from the camera's start to the stop's. A camera the reader turned or tilted comes
 * back to north-up and flat within the first third. `done` once the leg is over.
 */
export function frameJourneyLeg(
  leg: Extract<JourneyLeg, { kind: 'path' }>,
  elapsedMs: number,
  start: { zoom: number; pitch: number; bearing: number },
): { camera: Camera; km: number; done: boolean } {
  const t = Math.min(1, Math.max(0, elapsedMs / leg.durationMs));
  const eased = easeInOut(t);
  const { position } = interpolateSamples(leg.samples, eased);
  const unwind = 1 - easeInOut(Math.min(1, t * 3));
  // `+ 0` makes a finished unwind a plain 0, not -0, in the link and in comparisons.
  return {
    camera: {
      center: position,
      bearing: wrapBearing(start.bearing) * unwind + 0,
      zoom: start.zoom + (leg.zoom - start.zoom) * eased,
      pitch: start.pitch * unwind + 0,
    },
    km: leg.fromKm + (leg.toKm - leg.fromKm) * eased,
    done: t >= 1,
  };
}
