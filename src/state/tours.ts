/**
 * Tours: sequences of steps the reader can follow, play and link to. The transit route is the first;
 * each tour says how many steps it has and what each step selects, so the player, the controls, the
 * link and the reducer serve every tour alike.
 */
import type { AtlasIndex } from '../model/indexes.ts';
import type { Selection } from '../model/kinds.ts';

/** Every tour; adding one fails to compile until `TOURS` describes it. */
export const TOUR_IDS = ['route'] as const;

export type TourId = (typeof TOUR_IDS)[number];

/** How one tour's steps are counted and what each shows. */
export interface TourSpec {
  /** How many steps the tour has in this dataset. */
  countSteps(index: AtlasIndex): number;
  /** What a step selects, if anything. */
  selectionAt(index: AtlasIndex, step: number): Selection | null;
}

export const TOURS: Record<TourId, TourSpec> = {
  route: {
    countSteps: (index) => index.dataset.route.stops.length,
    selectionAt: (index, step) => {
      const placeId = index.dataset.route.stops[step]?.placeId;
      return placeId ? { kind: 'place', id: placeId } : null;
    },
  },
};

/** Whether `step` is a step of `tour`. */
export function isTourStep(index: AtlasIndex, tour: TourId, step: number): boolean {
  return Number.isInteger(step) && step >= 0 && step < TOURS[tour].countSteps(index);
}
