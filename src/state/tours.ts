/**
 * Tours: sequences of steps the reader can follow, play and link to. The transit route is the first;
 * the guided story is the second, its steps the chapters. Each tour is one spec: its link key, how the
 * camera follows a step, when a step counts as reached, what the reader reads there, its keys and its
 * panel action. The link field, the reducer's moves, the keys, the controls and the player all derive
 * from it, so a new tour is one entry here and one view in `TOUR_VIEWS`.
 */

import type { LonLat } from '../model/dataset.ts';
import { frameForCamera } from '../model/framing.ts';
import type { AtlasIndex } from '../model/indexes.ts';
import type { Selection } from '../model/kinds.ts';

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

/**
 * How the camera follows a step:
 * - `travel`: along the tour's path to the step (the route journey, which the map plays);
 * - `fit`: fits the places of what the step selects;
 * - `frame`: fits the places the step's frame names (a chapter), selecting nothing.
 */
export type TourCamera =
  | { follow: 'travel' }
  | { follow: 'fit'; maxZoom: number }
  | { follow: 'frame'; maxZoom: number };

/** How the link names a step: `stop=3` (1-based, for people) or `chapter=andijan` (the step's id). */
export interface TourLink {
  key: string;
  names: 'number' | 'id';
}

/** The keys that drive a tour while it is followed (outside text fields), and its panel action. */
export interface TourControls {
  keys: { next: string; prev: string; play: string };
  /** `data-action` of a panel button that goes to a step (its `data-value`). */
  goAction: string;
}

/** One tour, all in one place. */
export interface TourSpec {
  link: TourLink;
  camera: TourCamera;
  /** `camera`: a step is reached when the camera comes to rest there; `at-once`: as soon as it shows. */
  reached: 'camera' | 'at-once';
  controls: TourControls;
  /** How many steps the tour has in this dataset. */
  countSteps(index: AtlasIndex): number;
  /** What a step selects, if anything. */
  selectionAt(index: AtlasIndex, step: number): Selection | null;
  /** The step's id, as the link names it. */
  stepId(index: AtlasIndex, step: number): string | null;
  /** The text a reader reads at a step: playing waits as long as it takes to read. */
  stepText(index: AtlasIndex, step: number): string;
  /**
   * For tours that frame their own view instead of selecting (the story): what a step highlights. Such
   * a tour clears the selection while it is followed and gives the reader's view back when left.
   */
  frameAt?(index: AtlasIndex, step: number): TourFrame | null;
}

/** Closest zoom a chapter's camera comes to, so a one-place chapter still shows its surroundings. */
export const FRAME_MAX_ZOOM = 6;

function placePoints(index: AtlasIndex, ids: readonly string[]): LonLat[] {
  // A chapter that names Brussels beside Uzbekistan frames Uzbekistan; the map points to Brussels.
  return frameForCamera(ids.flatMap((id) => index.placeById.get(id) ?? [])).points;
}

/** Every tour's spec, with its link literal kept for the link's type. */
const TOUR_TABLE = {
  route: {
    link: { key: 'stop', names: 'number' },
    camera: { follow: 'travel' },
    reached: 'camera',
    controls: { keys: { next: 'n', prev: 'p', play: 'k' }, goAction: 'route-go' },
    countSteps: (index: AtlasIndex) => index.dataset.route.stops.length,
    selectionAt: (index: AtlasIndex, step: number): Selection | null => {
      const placeId = index.dataset.route.stops[step]?.placeId;
      return placeId ? { kind: 'place', id: placeId } : null;
    },
    stepId: (index: AtlasIndex, step: number) => index.dataset.route.stops[step]?.placeId ?? null,
    stepText: (index: AtlasIndex, step: number) => {
      const stop = index.dataset.route.stops[step];
      const place = stop ? index.placeById.get(stop.placeId) : undefined;
      return [place?.name, stop?.narrative].filter(Boolean).join(' ');
    },
  },
  story: {
    link: { key: 'chapter', names: 'id' },
    camera: { follow: 'frame', maxZoom: FRAME_MAX_ZOOM },
    reached: 'camera',
    controls: { keys: { next: ']', prev: '[', play: 'k' }, goAction: 'story-go' },
    countSteps: (index: AtlasIndex) => index.dataset.story.length,
    selectionAt: () => null,
    stepId: (index: AtlasIndex, step: number) => index.dataset.story[step]?.id ?? null,
    stepText: (index: AtlasIndex, step: number) => {
      const chapter = index.dataset.story[step];
      return chapter ? [chapter.title, ...chapter.text].join(' ') : '';
    },
    frameAt(index: AtlasIndex, step: number): TourFrame | null {
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
} as const satisfies Record<TourId, TourSpec>;

export const TOURS: Record<TourId, TourSpec> = TOUR_TABLE;

/** The link key of each tour, as a type: `stop`, `chapter`. */
export type TourLinkKey<T extends TourId = TourId> = (typeof TOUR_TABLE)[T]['link']['key'];

/** What a tour's link field holds: the step for a numbered link, the step's id for a named one. */
export type TourLinkValue<T extends TourId> = (typeof TOUR_TABLE)[T]['link']['names'] extends 'number'
  ? number | null
  : string | null;

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

/** The tour whose panel action `action` is, if any. */
export function findTourByAction(action: string): TourId | null {
  return TOUR_IDS.find((id) => TOURS[id].controls.goAction === action) ?? null;
}

/** Words a minute of an ordinary silent reading pace. */
export const READING_WPM = 215;
/** However short its text, a step stays at least this long. */
export const MIN_STEP_MS = 5000;

/** How long a step's text takes to read at an ordinary pace, never under `MIN_STEP_MS`. */
export function getReadingMs(text: string): number {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(MIN_STEP_MS, Math.round((words / READING_WPM) * 60_000));
}

/** How long playing rests at `step` of `tour` after arriving, at `speed`. */
export function getStepDwellMs(index: AtlasIndex, tour: TourId, step: number, speed: number): number {
  return getReadingMs(TOURS[tour].stepText(index, step)) / speed;
}
