/**
 * Plans the camera's journey along the transit route: a steady pace along the line with a smoothed
 * heading and a gentle pitch, or a cut when less motion is wanted. Pure: it says where the camera is at
 * each moment of a leg; `map-sync.ts`, the only code that moves the map, plays the plan.
 */
import type { CameraSample, RouteGeometry } from '../model/route.ts';
import type { Camera } from '../state/store.ts';

/** Pace of the journey at speed 1, in km per second. */
export const BASE_KM_PER_SECOND = 90;
const MIN_TRAVEL_MS = 1200;
const MAX_TRAVEL_MS = 9000;
/** Joining the route: one eased flight to the stop. */
export const JOIN_FLIGHT_MS = 1600;
export const FOLLOW_ZOOM = 7.5;
export const FOLLOW_PITCH = 30;

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

/**
 * One leg of the journey:
 * - `cut`: the camera is put at the stop at once (less motion wanted, or nowhere to travel from);
 * - `flight`: joining the route from elsewhere, one eased flight to the stop;
 * - `path`: along the line from where the camera is on it, `frameAt` giving each moment.
 */
export type JourneyLeg =
  | { kind: 'cut'; camera: Camera; km: number }
  | { kind: 'flight'; camera: Camera; km: number; durationMs: number }
  | { kind: 'path'; samples: CameraSample[]; fromKm: number; toKm: number; durationMs: number };

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
}

function cameraAt(path: readonly CameraSample[], km: number, level: boolean): Camera | null {
  const sample = slicePath(path, km, km)[0];
  if (!sample) return null;
  return {
    center: sample.position,
    zoom: FOLLOW_ZOOM,
    bearing: level ? 0 : sample.bearing,
    pitch: level ? 0 : FOLLOW_PITCH,
  };
}

/** Plans the leg to `step`, or null for a step the route does not have. */
export function planJourneyLeg(input: JourneyPlanInput): JourneyLeg | null {
  const { path, route, fromKm, step, speed, reducedMotion, instant = false } = input;
  const target = route.stops[step];
  if (!target) return null;
  const toKm = target.km;
  if (fromKm === null && !reducedMotion && !instant) {
    const camera = cameraAt(path, toKm, false);
    return camera && { kind: 'flight', camera, km: toKm, durationMs: JOIN_FLIGHT_MS };
  }
  if (fromKm === null || reducedMotion || instant || Math.abs(toKm - fromKm) < 0.5) {
    const camera = cameraAt(path, toKm, reducedMotion);
    return camera && { kind: 'cut', camera, km: toKm };
  }
  const durationMs = Math.min(
    MAX_TRAVEL_MS,
    Math.max(MIN_TRAVEL_MS, (Math.abs(toKm - fromKm) / (BASE_KM_PER_SECOND * speed)) * 1000),
  );
  return { kind: 'path', samples: slicePath(path, fromKm, toKm), fromKm, toKm, durationMs };
}

/**
 * The camera at `elapsedMs` into a path leg: eased along the line, settling from the camera's start
 * zoom and pitch to the journey's within the first third. `done` once the leg is over.
 */
export function frameJourneyLeg(
  leg: Extract<JourneyLeg, { kind: 'path' }>,
  elapsedMs: number,
  start: { zoom: number; pitch: number },
): { camera: Camera; km: number; done: boolean } {
  const t = Math.min(1, Math.max(0, elapsedMs / leg.durationMs));
  const eased = easeInOut(t);
  const { position, bearing } = interpolateSamples(leg.samples, eased);
  const settle = Math.min(1, t * 3);
  return {
    camera: {
      center: position,
      bearing,
      zoom: start.zoom + (FOLLOW_ZOOM - start.zoom) * settle,
      pitch: start.pitch + (FOLLOW_PITCH - start.pitch) * settle,
    },
    km: leg.fromKm + (leg.toKm - leg.fromKm) * eased,
    done: t >= 1,
  };
}
