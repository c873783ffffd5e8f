/**
 * Moves the camera along the transit route when the store's stop changes: a steady pace along the
 * line with a smoothed heading and a gentle pitch, or a cut when less motion is wanted. A drag or zoom
 * by the user pauses the journey instead of fighting them.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { type CameraSample, type RouteGeometry, sampleCameraPath } from '../model/route.ts';
import type { AtlasState, Store } from '../state/store.ts';

/** Pace of the journey at speed 1, in km per second. */
export const BASE_KM_PER_SECOND = 90;
const MIN_TRAVEL_MS = 1200;
const MAX_TRAVEL_MS = 9000;
const FOLLOW_ZOOM = 7.5;
const FOLLOW_PITCH = 30;
const SAMPLE_STEP_KM = 4;

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

/** The part of a MapLibre map the route camera drives (a fake in unit tests). */
export type RouteCameraMap = Pick<
  MapLibreMap,
  'jumpTo' | 'flyTo' | 'easeTo' | 'stop' | 'once' | 'on' | 'off' | 'getZoom' | 'getPitch'
>;

/** The route camera's handle: whether it is moving the camera itself, and `dispose`. */
export interface RouteCamera {
  /** True while the journey moves the camera: its per-frame moves are not the reader's. */
  isTravelling(): boolean;
  dispose(): void;
}

/**
 * Follows the store's route stop with the camera. `onRest` is called when a journey comes to rest,
 * so the camera is reported once per leg, not once per frame.
 */
export function mountRouteCamera(
  map: RouteCameraMap,
  store: Store,
  route: RouteGeometry,
  reducedMotion: () => boolean,
  onRest: () => void = () => {},
): RouteCamera {
  const path = sampleCameraPath(route, 0, route.totalKm, SAMPLE_STEP_KM);
  let frame = 0;
  let currentKm: number | null = null;
  let animating = false;

  const stopAnimation = () => {
    cancelAnimationFrame(frame);
    const wasAnimating = animating;
    animating = false;
    if (wasAnimating) map.stop();
  };
  const arrive = (stop: number) => {
    // A cut has already reported itself through its own moveend; a journey reports once, at rest.
    const travelled = animating;
    animating = false;
    if (travelled) onRest();
    store.dispatch({ type: 'tour-arrived', step: stop });
  };
  const currentStop = (): number | null => {
    const { tour } = store.getState();
    return tour.id === 'route' ? tour.step : null;
  };
  const cutTo = (stop: number, km: number) => {
    const sample = slicePath(path, km, km)[0];
    if (sample)
      map.jumpTo({
        center: sample.position,
        zoom: FOLLOW_ZOOM,
        bearing: reducedMotion() ? 0 : sample.bearing,
        pitch: reducedMotion() ? 0 : FOLLOW_PITCH,
      });
    currentKm = km;
    arrive(stop);
  };
  const travel = (stop: number) => {
    stopAnimation();
    const target = route.stops[stop];
    if (!target) return;
    const from = currentKm;
    if (from === null && !reducedMotion()) {
      // Joining the route: one eased flight to the stop, then the journey proper starts from there.
      const sample = slicePath(path, target.km, target.km)[0];
      if (!sample) return;
      animating = true;
      map.flyTo({
        center: sample.position,
        zoom: FOLLOW_ZOOM,
        bearing: sample.bearing,
        pitch: FOLLOW_PITCH,
        duration: 1600,
      });
      map.once('moveend', () => {
        if (!animating || currentStop() !== stop) return;
        currentKm = target.km;
        arrive(stop);
      });
      return;
    }
    if (from === null || reducedMotion() || Math.abs(target.km - from) < 0.5) {
      cutTo(stop, target.km);
      return;
    }
    const samples = slicePath(path, from, target.km);
    const speed = store.getState().tour.speed;
    const duration = Math.min(
      MAX_TRAVEL_MS,
      Math.max(MIN_TRAVEL_MS, (Math.abs(target.km - from) / (BASE_KM_PER_SECOND * speed)) * 1000),
    );
    const startZoom = map.getZoom();
    const startPitch = map.getPitch();
    const started = performance.now();
    animating = true;
    const step = (now: number) => {
      if (!animating) return;
      const t = Math.min(1, (now - started) / duration);
      const eased = easeInOut(t);
      const { position, bearing } = interpolateSamples(samples, eased);
      const settle = Math.min(1, t * 3);
      currentKm = from + (target.km - from) * eased;
      map.jumpTo({
        center: position,
        bearing,
        zoom: startZoom + (FOLLOW_ZOOM - startZoom) * settle,
        pitch: startPitch + (FOLLOW_PITCH - startPitch) * settle,
      });
      if (t < 1) frame = requestAnimationFrame(step);
      else arrive(stop);
    };
    frame = requestAnimationFrame(step);
  };

  // A user gesture (it has an originalEvent) pauses the journey.
  const onUserMove = (event: { originalEvent?: Event }) => {
    if (!event.originalEvent) return;
    const stop = currentStop();
    if (stop === null) return;
    if (animating) {
      stopAnimation();
      store.dispatch({ type: 'tour-arrived', step: stop });
    }
    if (store.getState().tour.playing) store.dispatch({ type: 'tour-play', tour: 'route', playing: false });
  };
  map.on('dragstart', onUserMove);
  map.on('zoomstart', onUserMove);
  map.on('rotatestart', onUserMove);

  const stopOf = (state: AtlasState) => (state.tour.id === 'route' ? state.tour.step : null);
  const unsubscribe = store.subscribe((state, previous) => {
    const stop = stopOf(state);
    if (stop === null) {
      if (stopOf(previous) !== null) {
        stopAnimation();
        currentKm = null;
        map.easeTo({ pitch: 0, bearing: 0, duration: reducedMotion() ? 0 : 600 });
      }
      return;
    }
    if (stop !== stopOf(previous) || (!state.tour.arrived && previous.tour.arrived)) travel(stop);
  });
  const initialStop = currentStop();
  if (initialStop !== null && !store.getState().tour.arrived) {
    const target = route.stops[initialStop];
    if (target) cutTo(initialStop, target.km);
  }

  return {
    isTravelling: () => animating,
    dispose() {
      stopAnimation();
      unsubscribe();
      map.off('dragstart', onUserMove);
      map.off('zoomstart', onUserMove);
      map.off('rotatestart', onUserMove);
    },
  };
}
