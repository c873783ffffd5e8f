/**
 * The one store: state, intents and the pure reducer that turns one into the other. Views read the
 * state and send intents; nothing else changes it. Rules that cut across views (selecting leaves the
 * tour, Escape leaves the tour first, a restore stops every player, the year follows an opened event)
 * live here, not in the views.
 */
import type { AtlasIndex } from '../model/indexes.ts';
import type { Selection } from '../model/kinds.ts';
import { isSameThemes, normalizeThemes } from '../model/themes.ts';
import {
  type AtlasState,
  type Camera,
  clampYear,
  createInitialState,
  getEventYear,
  getSelectionPlaces,
  getYearPlaces,
  isKnownSelection,
  nextCameraSeq,
  PLACE_ZOOM,
  requestFit,
  requestRegion,
  TOUR_SPEEDS,
} from './atlas-state.ts';
import { type RestorableState, restoreLink } from './link-fields.ts';
import {
  goToStep,
  isChapterLink,
  keepStoryReturn,
  leaveTour,
  returnToStory,
  settleArrival,
} from './tour-moves.ts';
import { isTourStep, TOURS, type TourId } from './tours.ts';

export type { Selection, SelectionKind } from '../model/kinds.ts';
export type {
  AtlasState,
  Camera,
  CameraPadding,
  CameraRequest,
  StoryReturn,
  TourState,
} from './atlas-state.ts';
export {
  createInitialState,
  DEFAULT_CAMERA,
  getSelectionPlaces,
  getYearPlaces,
  isKnownSelection,
  PLACE_ZOOM,
  TOUR_SPEEDS,
} from './atlas-state.ts';
export type { RestorableState } from './link-fields.ts';
export type { TourId } from './tours.ts';

export type Intent =
  /** Selecting leaves any tour; one of a chapter's links offers the way back to it. */
  | { type: 'select'; selection: Selection | null; fly?: boolean }
  | { type: 'set-year'; year: number; fly?: boolean }
  | { type: 'play-years'; playing: boolean }
  | { type: 'camera-moved'; camera: Camera }
  /** Filters events by themes; unknown ids are dropped, an empty list shows every event. */
  | { type: 'set-themes'; themes: readonly string[] }
  /**
   * `passing`: the reader scrolled on after only passing through the step before, so this step takes
   * its history entry.
   */
  | { type: 'tour-go'; tour: TourId; step: number; passing?: boolean }
  /** Steps the tour; off the tour, the first step joins it. */
  | { type: 'tour-step'; tour: TourId; delta: 1 | -1 }
  /** Starting needs the tour; pausing applies to the current one. */
  | { type: 'tour-play'; tour: TourId; playing: boolean }
  | { type: 'tour-speed'; speed: number }
  | { type: 'tour-arrived'; step: number }
  | { type: 'tour-leave' }
  /** During a tour, open or close the full detail of the step's place. */
  | { type: 'show-detail'; open: boolean }
  /** Back to the chapter the reader left by one of its links. */
  | { type: 'story-return' }
  /** Escape: leaves the tour if one is followed, else clears the selection. */
  | { type: 'dismiss' }
  | { type: 'restore'; state: RestorableState };

export type Listener = (state: AtlasState, previous: AtlasState) => void;

export interface Store {
  getState(): AtlasState;
  /**
   * Applies an intent and tells every listener. An intent sent while listeners are being told waits
   * until all of them have seen the current state, then runs.
   */
  dispatch(intent: Intent): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void;
}

/** The pure reducer. Unknown ids and out-of-range numbers are ignored rather than stored. */
export function reduce(index: AtlasIndex, state: AtlasState, intent: Intent): AtlasState {
  const next = reduceIntent(index, state, intent);
  return next === state ? state : settleArrival(keepStoryReturn(stopAtTheEnd(index, next)));
}

/** A tour that plays onto its last step has ended there: nothing is left to play, so it stops. */
function stopAtTheEnd(index: AtlasIndex, state: AtlasState): AtlasState {
  const { id, step, playing } = state.tour;
  if (!playing || id === null || step !== TOURS[id].countSteps(index) - 1) return state;
  return { ...state, tour: { ...state.tour, playing: false } };
}

function reduceIntent(index: AtlasIndex, state: AtlasState, intent: Intent): AtlasState {
  const nextSeq = nextCameraSeq(state);
  switch (intent.type) {
    case 'select': {
      const selection =
        intent.selection && isKnownSelection(index, intent.selection) ? intent.selection : null;
      if (intent.selection && !selection) return state;
      const fly = intent.fly !== false && selection !== null;
      const left = leaveTour(state, false);
      // Asked after leaving, so it takes the place of the route's levelling: one move, not two fighting.
      // Back to the overview with `fly` brings the map back to the region.
      const request = fly
        ? requestFit(nextCameraSeq(left), getSelectionPlaces(index, selection), PLACE_ZOOM)
        : selection === null && intent.fly === true
          ? requestRegion(index, nextCameraSeq(left))
          : null;
      const offer =
        selection && state.tour.id !== null && isChapterLink(index, state, selection)
          ? { tour: state.tour.id, step: state.tour.step ?? 0, selection, tourReturn: state.tourReturn }
          : state.storyReturn;
      // The year follows an opened event, so the timeline and the map show the story at its time; the
      // year player stops there rather than carry the year past the event being read.
      const eventYear = getEventYear(index, selection);
      return {
        ...left,
        selection,
        cameraRequest: request ?? left.cameraRequest,
        storyReturn: offer,
        ...(eventYear === null ? {} : { year: eventYear, yearPlaying: false }),
      };
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
        // One player at a time: the years and a tour would fight over the camera.
        tour: intent.playing ? { ...state.tour, playing: false } : state.tour,
      };
    case 'camera-moved':
      return { ...state, camera: intent.camera };
    case 'set-themes': {
      const themes = normalizeThemes(intent.themes);
      return isSameThemes(themes, state.themes) ? state : { ...state, themes };
    }
    case 'tour-go':
      return goToStep(index, state, intent.tour, intent.step, true, intent.passing === true);
    case 'tour-step': {
      const { id, step } = state.tour;
      const next = id === intent.tour && step !== null ? step + intent.delta : 0;
      if (!isTourStep(index, intent.tour, next)) return { ...state, tour: { ...state.tour, playing: false } };
      return goToStep(index, state, intent.tour, next);
    }
    case 'tour-play': {
      if (!intent.playing) return { ...state, tour: { ...state.tour, playing: false } };
      const last = TOURS[intent.tour].countSteps(index) - 1;
      const onTour = state.tour.id === intent.tour && state.tour.step !== null;
      const started = !onTour || state.tour.step === last ? goToStep(index, state, intent.tour, 0) : state;
      if (started.tour.id !== intent.tour) return state;
      return { ...started, yearPlaying: false, tour: { ...started.tour, playing: true } };
    }
    case 'tour-speed':
      return TOUR_SPEEDS.includes(intent.speed)
        ? { ...state, tour: { ...state.tour, speed: intent.speed } }
        : state;
    case 'tour-arrived':
      return intent.step === state.tour.step && !state.tour.arrived
        ? { ...state, tour: { ...state.tour, arrived: true } }
        : state;
    case 'tour-leave':
      return leaveTour(state, true);
    case 'show-detail':
      return state.tour.step === null || state.detail === intent.open
        ? state
        : { ...state, detail: intent.open };
    case 'story-return':
      return returnToStory(index, state);
    case 'dismiss':
      if (state.tour.id !== null) return leaveTour(state, true);
      return state.selection === null ? state : { ...state, selection: null };
    case 'restore':
      return restoreLink(index, state, intent.state);
  }
}

export interface StoreOptions {
  /**
   * Told when a listener throws. The others still see the change and queued intents still run, so one
   * broken view cannot leave the rest of the page on an old state. Defaults to the console.
   */
  onListenerError?: (error: unknown) => void;
}

/** Creates the store around a dataset index. */
export function createStore(
  index: AtlasIndex,
  initial: AtlasState = createInitialState(index),
  options: StoreOptions = {},
): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  const queue: Intent[] = [];
  let notifying = false;
  const report = options.onListenerError ?? ((error: unknown) => console.error(error));
  return {
    getState: () => state,
    dispatch(intent) {
      queue.push(intent);
      if (notifying) return;
      notifying = true;
      try {
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
          const previous = state;
          state = reduce(index, state, next);
          if (state === previous) continue;
          for (const listener of [...listeners]) {
            try {
              listener(state, previous);
            } catch (error) {
              report(error);
            }
          }
        }
      } finally {
        notifying = false;
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
