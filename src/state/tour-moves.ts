/**
 * Moving onto a tour's step and off a tour: shared by the reducer's intents and by a link's restore,
 * so a chapter opened from a link looks exactly like one reached with Next.
 */
import type { AtlasIndex } from '../model/indexes.ts';
import { type AtlasState, NO_TOUR, requestFit } from './atlas-state.ts';
import { getTourFrame, isTourStep, TOURS, type TourId } from './tours.ts';

/** Closest zoom a chapter's camera comes to, so a one-place chapter still shows its surroundings. */
export const FRAME_MAX_ZOOM = 6;

/**
 * Goes to `step` of `tour`. A framing tour (the story) remembers the reader's view when it begins,
 * clears the selection, sets the year to the end of the step's period and, when `fly`, fits its places.
 */
export function goToStep(
  index: AtlasIndex,
  state: AtlasState,
  tour: TourId,
  step: number,
  fly = true,
): AtlasState {
  if (!isTourStep(index, tour, step)) return state;
  const spec = TOURS[tour];
  const selection = spec.selectionAt(index, step);
  const next: AtlasState = {
    ...state,
    tour: { ...state.tour, id: tour, step, stepId: spec.stepId(index, step), arrived: false },
    detail: false,
    selection: selection ?? state.selection,
  };
  const frame = getTourFrame(index, next.tour);
  if (!frame) return { ...next, tourReturn: null };
  const seq = (state.cameraRequest?.seq ?? 0) + 1;
  const request = fly ? requestFit(seq, frame.fit, FRAME_MAX_ZOOM) : null;
  const entering = state.tour.id !== tour || state.tourReturn === null;
  return {
    ...next,
    selection: null,
    year: frame.period.to,
    cameraRequest: request ?? state.cameraRequest,
    tourReturn: entering
      ? { selection: state.selection, year: state.year, camera: state.camera }
      : state.tourReturn,
  };
}

/**
 * Leaves the tour. With `giveBack`, a framing tour returns the reader to the selection, year and
 * camera they had before it began; without (the reader chose something else), only the tour ends.
 */
export function leaveTour(state: AtlasState, giveBack: boolean): AtlasState {
  if (state.tour.id === null) return state;
  const left: AtlasState = {
    ...state,
    tour: { ...NO_TOUR, speed: state.tour.speed },
    detail: false,
    tourReturn: null,
  };
  const back = state.tourReturn;
  if (!giveBack || !back) return left;
  const seq = (state.cameraRequest?.seq ?? 0) + 1;
  return {
    ...left,
    selection: back.selection,
    year: back.year,
    cameraRequest: { seq, kind: 'view', camera: back.camera },
  };
}
