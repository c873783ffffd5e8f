/**
 * The shape of the atlas's state and the pure helpers the reducer and the link fields share.
 */

import type { LonLat } from '../model/dataset.ts';
import { frameForCamera, frameRegion } from '../model/framing.ts';
import type { AtlasIndex } from '../model/indexes.ts';
import type { Selection } from '../model/kinds.ts';
import type { ThemeId } from '../model/themes.ts';
import type { TourId } from './tours.ts';

/** What the camera shows. */
export interface Camera {
  center: LonLat;
  zoom: number;
  bearing: number;
  pitch: number;
}

/** Room the map keeps clear at each edge (CSS pixels), as MapLibre's `padding` takes it. */
export interface CameraPadding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** What every camera request carries besides where to go. */
interface CameraRequestBase {
  seq: number;
  /** Room to keep clear for this move; without it the map asks its own padding source. */
  padding?: CameraPadding;
  /** The tour step that counts as reached when this move comes to rest. */
  arrival?: { tour: TourId; step: number };
}

/**
 * Where the map should go next; the map follows `seq` changes and ignores the rest. Every camera move
 * is one of these, the route journey included: the map has one owner.
 * - `view`: a camera as a link names it;
 * - `fit`: places to fit, north-up and level;
 * - `travel`: along the followed tour's path to its `step` (the route journey, played by the map);
 * - `level`: where the camera is, north-up and level (leaving the route's pitched view).
 */
export type CameraRequest = CameraRequestBase &
  (
    | { kind: 'view'; camera: Camera }
    | { kind: 'fit'; bounds: [LonLat, LonLat]; maxZoom: number }
    | { kind: 'travel'; step: number }
    | { kind: 'level' }
  );

/** Following a tour. `id` and `step` are both null when no tour is followed. */
export interface TourState {
  id: TourId | null;
  step: number | null;
  /** The step's id as the link names it (a chapter's id), null off a tour. */
  stepId: string | null;
  playing: boolean;
  /** Multiplier of the base pace. */
  speed: number;
  /** The camera has reached `step` (or no camera needs to travel). */
  arrived: boolean;
  /**
   * The reader scrolled on from the step before after only passing through it: this step takes the
   * history entry of that one instead of adding another.
   */
  passing: boolean;
}

export interface AtlasState {
  selection: Selection | null;
  /** During a tour, the reader asked for the full detail of the step's place instead of the step. */
  detail: boolean;
  /** The year the story is shown at; the last year shows everything. */
  year: number;
  yearPlaying: boolean;
  tour: TourState;
  camera: Camera;
  cameraRequest: CameraRequest | null;
  /** Where the reader was before a framing tour (the story) began; leaving it goes back there. */
  tourReturn: TourReturn | null;
  /** Themes the reader filters by, in the page's order; empty shows every event. */
  themes: readonly ThemeId[];
  /**
   * The reader left the story by one of a chapter's links: while what they opened is shown, they can
   * go back to that chapter. Null otherwise.
   */
  storyReturn: StoryReturn | null;
}

/** The chapter a reader left by one of its links, and what leaving the story will give back. */
export interface StoryReturn {
  /** The framing tour whose step offered the link; going back returns to it. */
  tour: TourId;
  step: number;
  /** What the chapter's link opened; going anywhere else ends the offer. */
  selection: Selection;
  tourReturn: TourReturn | null;
}

/** The reader's view before a framing tour. */
export interface TourReturn {
  selection: Selection | null;
  year: number;
  camera: Camera;
}

export const TOUR_SPEEDS: readonly number[] = [0.5, 1, 2, 4];

/** No tour followed. */
export const NO_TOUR: TourState = {
  id: null,
  step: null,
  stepId: null,
  playing: false,
  speed: 1,
  arrived: true,
  passing: false,
};

/**
 * Roughly the whole region, Central Asia and Afghanistan: where the map is made, before a page that
 * names no view fits the region to the part of the map its window shows.
 */
export const DEFAULT_CAMERA: Camera = { center: [66.5, 39.2], zoom: 4.6, bearing: 0, pitch: 0 };

/** Zoom at which a single place is shown when selected. */
export const PLACE_ZOOM = 7;
/** The closest the overview's frame of the region comes. */
export const REGION_ZOOM = 6;

/** The state a fresh page starts in. */
export function createInitialState(index: AtlasIndex): AtlasState {
  return {
    selection: null,
    detail: false,
    year: index.yearRange.max,
    yearPlaying: false,
    tour: NO_TOUR,
    camera: DEFAULT_CAMERA,
    cameraRequest: null,
    tourReturn: null,
    themes: [],
    storyReturn: null,
  };
}

/** A year inside the data's range; anything unreadable becomes the last year. */
export function clampYear(index: AtlasIndex, year: number): number {
  if (!Number.isFinite(year)) return index.yearRange.max;
  return Math.min(index.yearRange.max, Math.max(index.yearRange.min, Math.round(year)));
}

/** Whether a selection names something the dataset has. */
export function isKnownSelection(index: AtlasIndex, selection: Selection): boolean {
  return index.kinds[selection.kind].has(selection.id);
}

/** Whether two selections name the same thing. */
export function isSameSelection(a: Selection | null, b: Selection | null): boolean {
  return a?.kind === b?.kind && a?.id === b?.id;
}

/**
 * Whether a selection that names only far places keeps the region in frame, with a pointer to them:
 * an event or a programme does (joining PfP in Brussels is part of the region's story, as a chapter
 * that names Brussels is); a far place opened by itself is flown to.
 */
export function isPointedToWhenFar(selection: Selection): boolean {
  return selection.kind !== 'place';
}

/** Where to look to see a selection. */
export function getSelectionPlaces(index: AtlasIndex, selection: Selection): LonLat[] {
  // Far places named beside the region's do not drag the map away; a country frames the country.
  const places = index.kinds[selection.kind].places(selection.id);
  const { points } = frameForCamera(places, undefined, { pointToFarOnly: isPointedToWhenFar(selection) });
  return points.length > 0 || places.length === 0 ? points : frameRegion(index.dataset.places);
}

/** The year of the event `selection` names, or null when it names no event. */
export function getEventYear(index: AtlasIndex, selection: Selection | null): number | null {
  if (selection?.kind !== 'event') return null;
  return index.eventById.get(selection.id)?.date.year ?? null;
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

/** The number the next camera request takes. */
export function nextCameraSeq(state: AtlasState): number {
  return (state.cameraRequest?.seq ?? 0) + 1;
}

/** The camera request that fits `points`, or null when there are none. */
export function requestFit(seq: number, points: LonLat[], maxZoom: number): CameraRequest | null {
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

/** The camera request that brings the map back to the story's region (the overview). */
export function requestRegion(index: AtlasIndex, seq: number): CameraRequest | null {
  return requestFit(seq, frameRegion(index.dataset.places), REGION_ZOOM);
}
