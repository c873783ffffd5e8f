/**
 * Moving onto a tour's step and off a tour: shared by the reducer's intents and by a link's restore,
 * so a chapter opened from a link looks exactly like one reached with Next.
 */
import type { AtlasIndex } from '../model/indexes.ts';
import type { Selection } from '../model/kinds.ts';
import { type AtlasState, isSameSelection, NO_TOUR, requestFit, type TourReturn } from './atlas-state.ts';
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
  passing = false,
): AtlasState {
  if (!isTourStep(index, tour, step)) return state;
  const spec = TOURS[tour];
  const selection = spec.selectionAt(index, step);
  const next: AtlasState = {
    ...state,
    tour: { ...state.tour, id: tour, step, stepId: spec.stepId(index, step), arrived: false, passing },
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
    tourReturn: entering ? captureTourReturn(state) : state.tourReturn,
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

/** What leaving the story from `state` would give back: the reader's view of before the story. */
export function captureTourReturn(state: AtlasState): TourReturn {
  return { selection: state.selection, year: state.year, camera: state.camera };
}

/**
 * Whether `selection` is one of the links of the chapter the reader is on, so opening it may offer the
 * way back to that chapter.
 */
export function isChapterLink(index: AtlasIndex, state: AtlasState, selection: Selection): boolean {
  if (state.tour.id !== 'story' || state.tour.step === null) return false;
  const chapter = index.dataset.story[state.tour.step];
  if (!chapter) return false;
  if (selection.kind === 'place') return chapter.placeIds.includes(selection.id);
  if (selection.kind === 'event') return chapter.eventIds.includes(selection.id);
  return chapter.eventIds.some((id) => index.eventById.get(id)?.programmeIds.includes(selection.id));
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

/** Goes back to the chapter the reader left by one of its links, with the view to give back on leaving. */
export function returnToStory(index: AtlasIndex, state: AtlasState): AtlasState {
  const offer = state.storyReturn;
  if (offer === null) return state;
  const back = goToStep(index, state, 'story', offer.step);
  if (back.tour.id !== 'story') return state;
  return { ...back, tourReturn: offer.tourReturn ?? back.tourReturn, storyReturn: null };
}
