/**
 * The one store: state, intents and the pure reducer that turns one into the other. Views read the
 * state and send intents; nothing else changes it.
 */
import type { AtlasIndex } from '../model/indexes.ts';
import type { LonLat } from '../model/schema.ts';

export type SelectionKind = 'place' | 'event' | 'programme';
export interface Selection {
  kind: SelectionKind;
  id: string;
}

/** What the camera shows. */
export interface Camera {
  center: LonLat;
  zoom: number;
  bearing: number;
  pitch: number;
}

/** Where the map should go next; the map follows `seq` changes and ignores the rest. */
export type CameraRequest =
  | { seq: number; kind: 'view'; camera: Camera }
  | { seq: number; kind: 'fit'; bounds: [LonLat, LonLat]; maxZoom: number };

/** Following the transit route. `stop` null means not following. */
export interface RouteState {
  stop: number | null;
  playing: boolean;
  /** Multiplier of the base pace. */
  speed: number;
  /** The camera has reached `stop` (or no camera needs to travel). */
  arrived: boolean;
}

export interface AtlasState {
  selection: Selection | null;
  /** The year the story is shown at; the last year shows everything. */
  year: number;
  yearPlaying: boolean;
  route: RouteState;
  camera: Camera;
  cameraRequest: CameraRequest | null;
}

export type Intent =
  | { type: 'select'; selection: Selection | null; fly?: boolean }
  | { type: 'set-year'; year: number; fly?: boolean }
  | { type: 'play-years'; playing: boolean }
  | { type: 'camera-moved'; camera: Camera }
  | { type: 'route-go'; stop: number }
  | { type: 'route-step'; delta: 1 | -1 }
  | { type: 'route-play'; playing: boolean }
  | { type: 'route-speed'; speed: number }
  | { type: 'route-arrived'; stop: number }
  | { type: 'route-leave' }
  | { type: 'restore'; state: RestorableState };

/** The part of the state a link carries. */
export interface RestorableState {
  selection: Selection | null;
  year: number;
  stop: number | null;
  camera: Camera | null;
}

export type Listener = (state: AtlasState, previous: AtlasState) => void;

export interface Store {
  getState(): AtlasState;
  dispatch(intent: Intent): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void;
}

export const ROUTE_SPEEDS: readonly number[] = [0.5, 1, 2, 4];

/** The whole region: Central Asia and Afghanistan. */
export const DEFAULT_CAMERA: Camera = { center: [66.5, 39.2], zoom: 4.6, bearing: 0, pitch: 0 };

/** The state a fresh page starts in. */
export function createInitialState(index: AtlasIndex): AtlasState {
  return {
    selection: null,
    year: index.yearRange.max,
    yearPlaying: false,
    route: { stop: null, playing: false, speed: 1, arrived: true },
    camera: DEFAULT_CAMERA,
    cameraRequest: null,
  };
}

function clampYear(index: AtlasIndex, year: number): number {
  if (!Number.isFinite(year)) return index.yearRange.max;
  return Math.min(index.yearRange.max, Math.max(index.yearRange.min, Math.round(year)));
}

/** Whether a selection names something the dataset has. */
export function isKnownSelection(index: AtlasIndex, selection: Selection): boolean {
  const table =
    selection.kind === 'place'
      ? index.placeById
      : selection.kind === 'event'
        ? index.eventById
        : index.programmeById;
  return table.has(selection.id);
}

/** Where to look to see a selection: the place, or every place of an event or programme. */
export function getSelectionPlaces(index: AtlasIndex, selection: Selection): LonLat[] {
  if (selection.kind === 'place') {
    const place = index.placeById.get(selection.id);
    return place ? [place.coordinates] : [];
  }
  const places =
    selection.kind === 'event'
      ? (index.eventById.get(selection.id)?.placeIds ?? []).flatMap((id) => index.placeById.get(id) ?? [])
      : (index.placesByProgramme.get(selection.id) ?? []);
  return places.map((p) => p.coordinates);
}

/** Where the events that may have happened in `year` took place. */
export function getYearPlaces(index: AtlasIndex, year: number): LonLat[] {
  const ids = new Set<string>();
  for (const event of index.eventsByDate)
    if (event.date.year === year) for (const id of event.placeIds) ids.add(id);
  return [...ids].flatMap((id) => {
    const place = index.placeById.get(id);
    return place ? [place.coordinates] : [];
  });
}

function requestFit(seq: number, points: LonLat[], maxZoom: number): CameraRequest | null {
  if (points.length === 0) return null;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return {
    seq,
    kind: 'fit',
    bounds: [
      [Math.min(...xs), Math.min(...ys)],
      [Math.max(...xs), Math.max(...ys)],
    ],
    maxZoom,
  };
}

/** Zoom at which a single place is shown when selected. */
export const PLACE_ZOOM = 7;

/** The pure reducer. Unknown ids and out-of-range numbers are ignored rather than stored. */
export function reduce(index: AtlasIndex, state: AtlasState, intent: Intent): AtlasState {
  const nextSeq = (state.cameraRequest?.seq ?? 0) + 1;
  switch (intent.type) {
    case 'select': {
      const selection =
        intent.selection && isKnownSelection(index, intent.selection) ? intent.selection : null;
      if (intent.selection && !selection) return state;
      const fly = intent.fly !== false && selection !== null;
      const request = fly ? requestFit(nextSeq, getSelectionPlaces(index, selection), PLACE_ZOOM) : null;
      return { ...state, selection, cameraRequest: request ?? state.cameraRequest };
    }
    case 'set-year': {
      if (!Number.isFinite(intent.year)) return state;
      const year = clampYear(index, intent.year);
      if (year === state.year) return state;
      const points = intent.fly ? getYearPlaces(index, year) : [];
      const request = requestFit(nextSeq, points, 6);
      return { ...state, year, cameraRequest: request ?? state.cameraRequest };
    }
    case 'play-years':
      return {
        ...state,
        yearPlaying: intent.playing,
        year: intent.playing && state.year >= index.yearRange.max ? index.yearRange.min : state.year,
      };
    case 'camera-moved':
      return { ...state, camera: intent.camera };
    case 'route-go': {
      const count = index.dataset.route.stops.length;
      if (!Number.isInteger(intent.stop) || intent.stop < 0 || intent.stop >= count) return state;
      const placeId = index.dataset.route.stops[intent.stop]?.placeId;
      return {
        ...state,
        route: { ...state.route, stop: intent.stop, arrived: false },
        selection: placeId ? { kind: 'place', id: placeId } : state.selection,
      };
    }
    case 'route-step': {
      const count = index.dataset.route.stops.length;
      const current = state.route.stop;
      const stop = current === null ? 0 : current + intent.delta;
      if (stop < 0 || stop >= count) return { ...state, route: { ...state.route, playing: false } };
      return reduce(index, state, { type: 'route-go', stop });
    }
    case 'route-play': {
      if (!intent.playing) return { ...state, route: { ...state.route, playing: false } };
      const last = index.dataset.route.stops.length - 1;
      const atEnd = state.route.stop === last;
      const started =
        state.route.stop === null || atEnd ? reduce(index, state, { type: 'route-go', stop: 0 }) : state;
      return { ...started, route: { ...started.route, playing: true } };
    }
    case 'route-speed':
      return ROUTE_SPEEDS.includes(intent.speed)
        ? { ...state, route: { ...state.route, speed: intent.speed } }
        : state;
    case 'route-arrived':
      return intent.stop === state.route.stop && !state.route.arrived
        ? { ...state, route: { ...state.route, arrived: true } }
        : state;
    case 'route-leave':
      return { ...state, route: { ...state.route, stop: null, playing: false, arrived: true } };
    case 'restore': {
      const { selection, year, stop, camera } = intent.state;
      const known = selection && isKnownSelection(index, selection) ? selection : null;
      const stopCount = index.dataset.route.stops.length;
      const validStop =
        stop !== null && Number.isInteger(stop) && stop >= 0 && stop < stopCount ? stop : null;
      return {
        ...state,
        selection: known,
        year: clampYear(index, year),
        route: { ...state.route, stop: validStop, playing: false, arrived: validStop === null },
        camera: camera ?? state.camera,
        cameraRequest: camera ? { seq: nextSeq, kind: 'view', camera } : state.cameraRequest,
      };
    }
  }
}

/** Creates the store around a dataset index. */
export function createStore(index: AtlasIndex, initial: AtlasState = createInitialState(index)): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    getState: () => state,
    dispatch(intent) {
      const previous = state;
      state = reduce(index, state, intent);
      if (state === previous) return;
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
