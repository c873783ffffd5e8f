/**
 * Tours: sequences of steps the reader can follow, play and link to. The transit route is the first;
 * the guided story is the second, its steps the chapters. Each tour says how many steps it has, what
 * each step selects and what names it, so the player, the controls, the link and the reducer serve
 * every tour alike.
 */
import type { AtlasIndex } from '../model/indexes.ts';
import type { Selection } from '../model/kinds.ts';
import type { LonLat } from '../model/schema.ts';

/** Every tour; adding one fails to compile until `TOURS` describes it. */
export const TOUR_IDS = ['route', 'story'] as const;

export type TourId = (typeof TOUR_IDS)[number];

/** What a framing step shows without selecting anything: the map, the timeline and the year follow it. */
export interface TourFrame {
  placeIds: string[];
  eventIds: string[];
  period: { from: number; to: number };
  /** Where the camera looks. */
  fit: LonLat[];
}

/** How one tour's steps are counted and what each shows. */
export interface TourSpec {
  /** How many steps the tour has in this dataset. */
  countSteps(index: AtlasIndex): number;
  /** What a step selects, if anything. */
  selectionAt(index: AtlasIndex, step: number): Selection | null;
  /** The step's id, as the link names it. */
  stepId(index: AtlasIndex, step: number): string | null;
  /**
   * For tours that frame their own view instead of selecting (the story): what a step highlights. Such
   * a tour clears the selection while it is followed and gives the reader's view back when left.
   */
  frameAt?(index: AtlasIndex, step: number): TourFrame | null;
}

function placePoints(index: AtlasIndex, ids: readonly string[]): LonLat[] {
  return ids.flatMap((id) => {
    const place = index.placeById.get(id);
    return place ? [place.coordinates] : [];
  });
}

export const TOURS: Record<TourId, TourSpec> = {
  route: {
    countSteps: (index) => index.dataset.route.stops.length,
    selectionAt: (index, step) => {
      const placeId = index.dataset.route.stops[step]?.placeId;
      return placeId ? { kind: 'place', id: placeId } : null;
    },
    stepId: (index, step) => index.dataset.route.stops[step]?.placeId ?? null,
  },
  story: {
    countSteps: (index) => index.dataset.story.length,
    selectionAt: () => null,
    stepId: (index, step) => index.dataset.story[step]?.id ?? null,
    frameAt(index, step) {
      const chapter = index.dataset.story[step];
      if (!chapter) return null;
      return {
        placeIds: chapter.placeIds,
        eventIds: chapter.eventIds,
        period: chapter.period,
        fit: placePoints(index, chapter.camera.fit),
      };
    },
  },
};

/** Whether `step` is a step of `tour`. */
export function isTourStep(index: AtlasIndex, tour: TourId, step: number): boolean {
  return Number.isInteger(step) && step >= 0 && step < TOURS[tour].countSteps(index);
}

/** The step of `tour` that `id` names, or null. */
export function findTourStep(index: AtlasIndex, tour: TourId, id: string): number | null {
  const count = TOURS[tour].countSteps(index);
  for (let step = 0; step < count; step++) if (TOURS[tour].stepId(index, step) === id) return step;
  return null;
}

/** What the followed tour's current step frames, if it frames anything. */
export function getTourFrame(
  index: AtlasIndex,
  tour: { id: TourId | null; step: number | null },
): TourFrame | null {
  if (tour.id === null || tour.step === null) return null;
  return TOURS[tour.id].frameAt?.(index, tour.step) ?? null;
}
