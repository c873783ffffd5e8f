/**
 * The transit route as geometry the views can use: the joined line, each leg's and stop's distance
 * along it, and the camera path between stops. Distances are measured with turf, never typed in.
 */
import { along, bearing, length, lineString, nearestPointOnLine, point } from '@turf/turf';
import type { CameraSample, RouteGeometry } from '../model/bundle.ts';
import type { Dataset, LonLat, RouteMode } from '../model/dataset.ts';

// The measured route's shape is the page's (the bundle carries it); build code may read it from here too.
export type { CameraSample, MeasuredLeg, MeasuredStop, RouteGeometry } from '../model/bundle.ts';

/** How far apart the camera path's samples are, in km. */
export const CAMERA_PATH_STEP_KM = 4;

/** Joins the legs and measures legs and stops along the line. */
export function measureRoute(data: Pick<Dataset, 'routeLegs' | 'route' | 'places'>): RouteGeometry {
  const coordinates = data.routeLegs.flatMap((leg, i) =>
    i === 0 ? leg.coordinates : leg.coordinates.slice(1),
  );
  const kmByMode: Record<RouteMode, number> = { rail: 0, road: 0, bridge: 0 };
  let startKm = 0;
  const legs = data.routeLegs.map((leg) => {
    const km = length(lineString(leg.coordinates), { units: 'kilometers' });
    kmByMode[leg.mode] += km;
    const measured = {
      id: leg.id,
      mode: leg.mode,
      from: leg.from,
      to: leg.to,
      km,
      startKm,
      endKm: startKm + km,
    };
    startKm += km;
    return measured;
  });
  const line = lineString(coordinates);
  const placeById = new Map(data.places.map((p) => [p.id, p]));
  const stops = data.route.stops.map((stop) => {
    const place = placeById.get(stop.placeId);
    const km = place
      ? (nearestPointOnLine(line, point(place.coordinates), { units: 'kilometers' }).properties.location ?? 0)
      : 0;
    return { placeId: stop.placeId, narrative: stop.narrative, eventIds: stop.eventIds, km };
  });
  const path = sampleCameraPath({ coordinates, totalKm: startKm }, 0, startKm, CAMERA_PATH_STEP_KM);
  return { coordinates, totalKm: startKm, legs, stops, kmByMode, path };
}

/** Normalises an angle to (-180, 180]. */
export function normaliseBearing(degrees: number): number {
  const wrapped = ((((degrees + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 ? 180 : wrapped;
}

/**
 * Smooths a sequence of bearings with an exponential moving average taken on the unwrapped angle,
 * so a heading that crosses ±180° turns the short way instead of spinning round.
 * `factor` in (0, 1]: 1 keeps the input, smaller is smoother.
 */
export function smoothBearings(bearings: readonly number[], factor: number): number[] {
  const out: number[] = [];
  let current: number | undefined;
  for (const raw of bearings) {
    if (current === undefined) current = raw;
    else current += normaliseBearing(raw - current) * factor;
    out.push(normaliseBearing(current));
  }
  return out;
}

/**
 * Camera samples every `stepKm` from `fromKm` to `toKm` (both included), heading along the line a
 * little ahead so the view turns before the bend, not after it.
 */
export function sampleCameraPath(
  route: Pick<RouteGeometry, 'coordinates' | 'totalKm'>,
  fromKm: number,
  toKm: number,
  stepKm: number,
  smoothing = 0.35,
): CameraSample[] {
  const line = lineString(route.coordinates);
  const clamp = (km: number) => Math.min(Math.max(km, 0), route.totalKm);
  const start = clamp(Math.min(fromKm, toKm));
  const end = clamp(Math.max(fromKm, toKm));
  const count = Math.max(1, Math.ceil((end - start) / Math.max(stepKm, 1e-6)));
  const lookAheadKm = Math.max(stepKm * 2, 2);
  const kms = Array.from({ length: count + 1 }, (_, i) => start + ((end - start) * i) / count);
  const positions = kms.map((km) => along(line, km, { units: 'kilometers' }).geometry.coordinates as LonLat);
  const rawBearings = kms.map((km, i) => {
    const ahead = along(line, clamp(km + lookAheadKm), { units: 'kilometers' });
    const here = positions[i] ?? ahead.geometry.coordinates;
    const behind =
      km + lookAheadKm > route.totalKm ? along(line, clamp(km - lookAheadKm), { units: 'kilometers' }) : null;
    return behind ? bearing(behind, point(here)) : bearing(point(here), ahead);
  });
  const bearings = smoothBearings(rawBearings, smoothing);
  const samples = kms.map((km, i) => ({ km, position: positions[i] as LonLat, bearing: bearings[i] ?? 0 }));
  return fromKm <= toKm ? samples : samples.reverse();
}
