/**
 * Moving onto a tour's step and off a tour: shared by the reducer's intents and by a link's restore,
 * so a chapter opened from a link looks exactly like one reached with Next.
 */
import type { AtlasIndex } from '../model/indexes.ts';
import type { Selection } from '../model/kinds.ts';
import {
  type AtlasState,
  type CameraRequest,
  getSelectionPlaces,
  isSameSelection,
  NO_TOUR,
  nextCameraSeq,
  requestFit,
  type TourReturn,
} from './atlas-state.ts';
import { getTourFrame, isTourStep, TOURS, type TourId } from './tours.ts';

export { FRAME_MAX_ZOOM } from './tours.ts';

/** The camera move that shows `step` of `tour`, as its spec says the camera follows it. */
function requestStepCamera(
  index: AtlasIndex,
  state: AtlasState,
  tour: TourId,
  step: number,
): CameraRequest | null {
  const spec = TOURS[tour];
  const seq = nextCameraSeq(state);
  const arrival = { tour, step };
  switch (spec.camera.follow) {
    case 'travel':
      return { seq, kind: 'travel', step, arrival };
    case 'fit': {
      const selection = spec.selectionAt(index, step);
      const fit = selection
        ? requestFit(seq, getSelectionPlaces(index, selection), spec.camera.maxZoom)
        : null;
      return fit && { ...fit, arrival };
    }
    case 'frame': {
      const frame = spec.frameAt?.(index, step);
      const fit = frame ? requestFit(seq, frame.fit, spec.camera.maxZoom) : null;
      return fit && { ...fit, arrival };
    }
  }
}

/**
 * Goes to `step` of `tour`, and, when `fly`, moves the camera as the tour's spec says. A framing tour
 * (the story) remembers the reader's view when it begins, clears the selection and sets the year to the
 * end of the step's period. The step counts as reached when the camera comes to rest, or at once when
 * the spec says so or no camera moves.
 */
export function goToStep(
  index: AtlasIndex,
  state: AtlasState,
  tour: TourId,
  step: number,
  fly = true,
  passing = false,
): AtlasState {
  if (!isTourStep(index, tour, step)) return state;
  const spec = TOURS[tour];
  const selection = spec.selectionAt(index, step);
  const request = fly ? requestStepCamera(index, state, tour, step) : null;
  const arrived = spec.reached === 'at-once' || request === null;
  const next: AtlasState = {
    ...state,
    tour: { ...state.tour, id: tour, step, stepId: spec.stepId(index, step), arrived, passing },
    detail: false,
    selection: selection ?? state.selection,
    cameraRequest: request ?? state.cameraRequest,
  };
  const frame = getTourFrame(index, next.tour);
  if (!frame) return { ...next, tourReturn: null };
  const entering = state.tour.id !== tour || state.tourReturn === null;
  return {
    ...next,
    selection: null,
    year: frame.period.to,
    tourReturn: entering ? captureTourReturn(state) : state.tourReturn,
  };
}

/**
 * Leaves the tour. With `giveBack`, a framing tour returns the reader to the selection, year and
 * camera they had before it began; without (the reader chose something else), only the tour ends.
 * Leaving a travelling tour (the route's pitched, turned view) levels the camera where it is.
 */
export function leaveTour(state: AtlasState, giveBack: boolean): AtlasState {
  if (state.tour.id === null) return state;
  const travelled = TOURS[state.tour.id].camera.follow === 'travel';
  const left: AtlasState = {
    ...state,
    tour: { ...NO_TOUR, speed: state.tour.speed },
    detail: false,
    tourReturn: null,
    cameraRequest: travelled ? { seq: nextCameraSeq(state), kind: 'level' } : state.cameraRequest,
  };
  const back = state.tourReturn;
  if (!giveBack || !back) return left;
  return {
    ...left,
    selection: back.selection,
    year: back.year,
    cameraRequest: { seq: nextCameraSeq(left), kind: 'view', camera: back.camera },
  };
}

/**
 * A step waits for the camera only while the camera request in the state is the one that goes there:
 * once anything else moves the camera (a link's view, a fit), the step counts as reached.
 */
export function settleArrival(state: AtlasState): AtlasState {
  const { tour, cameraRequest } = state;
  if (tour.step === null || tour.arrived) return state;
  const awaited = cameraRequest?.arrival;
  if (awaited && awaited.tour === tour.id && awaited.step === tour.step) return state;
  return { ...state, tour: { ...tour, arrived: true } };
}

/** What leaving the story from `state` would give back: the reader's view of before the story. */
export function captureTourReturn(state: AtlasState): TourReturn {
  return { selection: state.selection, year: state.year, camera: state.camera };
}

/**
 * Whether `selection` is one of the links of the chapter the reader is on, so opening it may offer the
 * way back to that chapter.
 */
export function isChapterLink(index: AtlasIndex, state: AtlasState, selection: Selection): boolean {
  const frame = getTourFrame(index, state.tour);
  return frame !== null && index.kinds[selection.kind].inFrame(selection.id, frame);
}

/**
 * The offer to go back to the story lasts only while the reader looks at what the chapter's link
 * opened: anything else (another selection, Escape, a link, the story itself) ends it.
 */
export function keepStoryReturn(state: AtlasState): AtlasState {
  const offer = state.storyReturn;
  if (offer === null || (state.tour.id === null && isSameSelection(state.selection, offer.selection)))
    return state;
  return { ...state, storyReturn: null };
}

/**
 * Goes back to the step the reader left by one of its links, on the framing tour that offered it, with
 * the view to give back on leaving.
 */
export function returnToStory(index: AtlasIndex, state: AtlasState): AtlasState {
  const offer = state.storyReturn;
  if (offer === null) return state;
  const back = goToStep(index, state, offer.tour, offer.step);
  if (back.tour.id !== offer.tour) return state;
  return { ...back, tourReturn: offer.tourReturn ?? back.tourReturn, storyReturn: null };
}
