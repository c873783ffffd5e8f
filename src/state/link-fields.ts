/**
 * Every part of the state a link carries, as one list. The link's type (`RestorableState`), what the
 * state puts in a link (`toRestorable`), which changes make a history entry, how a link is read and
 * written, and how the reducer restores one all come from this list: a new field is one more entry.
 */
import type { AtlasIndex } from '../model/indexes.ts';
import { ID_PATTERN, SELECTION_KINDS, type Selection } from '../model/kinds.ts';
import { isSameThemes, normalizeThemes, type ThemeId } from '../model/themes.ts';
import {
  type AtlasState,
  type Camera,
  clampYear,
  getEventYear,
  getSelectionPlaces,
  isKnownSelection,
  isSameSelection,
  nextCameraSeq,
  PLACE_ZOOM,
  requestFit,
} from './atlas-state.ts';
import { captureTourReturn, goToStep, leaveTour } from './tour-moves.ts';
import {
  findTourStep,
  getTourFrame,
  isTourStep,
  TOUR_IDS,
  TOURS,
  type TourId,
  type TourLinkKey,
  type TourLinkValue,
} from './tours.ts';

/** What writing a link needs beyond the state. */
export interface LinkContext {
  /** Left out of the link so a plain link stays short. */
  defaultYear: number;
}

/**
 * One field of the link.
 * - `history`: `push` makes a Back step of each change; `replace` rewrites the current entry
 *   (throttled); `merge(state, previous)` says when a push-change joins the current entry instead,
 *   and `coalesceMs` when quick changes of this field alone do.
 * - `read` never throws: whatever it cannot read is `empty`.
 * - `write` gives unencoded key/value pairs; the serializer encodes them.
 * - `restore` applies a link's value to the state, ignoring what the dataset does not have.
 */
export interface LinkField<V> {
  empty: V;
  history: 'push' | 'replace';
  merge?: (state: AtlasState, previous: AtlasState) => boolean;
  /** Changes of this field alone closer together than this share one history entry. */
  coalesceMs?: number;
  read(params: URLSearchParams): V;
  write(value: V, context: LinkContext): [key: string, value: string][];
  fromState(state: AtlasState): V;
  same(a: V, b: V): boolean;
  restore(index: AtlasIndex, state: AtlasState, value: V): AtlasState;
}

/** A step reached by scrolling on after only passing through the one before: it takes that one's entry. */
function isPassingStep(state: AtlasState, previous: AtlasState): boolean {
  return state.tour.passing && state.tour !== previous.tour && state.tour.id === previous.tour.id;
}

const INTEGER = /^-?\d{1,6}$/;
const DECIMAL = /^-?\d{1,4}(?:\.\d{1,17})?$/;

/** Year changes closer together than this (a held arrow key) share one history entry. */
export const YEAR_COALESCE_MS = 1000;

function readNumber(text: string | null | undefined, pattern: RegExp): number | null {
  if (text === undefined || text === null || !pattern.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

function readCamera(text: string | null): Camera | null {
  if (text === null) return null;
  const parts = text.split('/');
  if (parts.length < 3 || parts.length > 5) return null;
  const [zoom, lat, lon, bearing = 0, pitch = 0] = parts.map((p) => readNumber(p, DECIMAL));
  if (zoom == null || lat == null || lon == null || bearing === null || pitch === null) return null;
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lon < -180 || lon > 180) return null;
  if (bearing < -180 || bearing > 360 || pitch < 0 || pitch > 85) return null;
  return { zoom, center: [lon, lat], bearing, pitch };
}

function formatNumber(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)));
}

const selection: LinkField<Selection | null> = {
  empty: null,
  history: 'push',
  read(params) {
    for (const kind of SELECTION_KINDS) {
      const id = params.get(kind);
      if (id !== null && ID_PATTERN.test(id)) return { kind, id };
    }
    return null;
  },
  write: (value) => (value ? [[value.kind, value.id]] : []),
  fromState: (state) => state.selection,
  same: isSameSelection,
  restore(index, state, value) {
    const selection = value && isKnownSelection(index, value) ? value : null;
    // A link that names something new frames it; the link's own camera, restored later, outranks that.
    const request =
      selection && !isSameSelection(selection, state.selection)
        ? requestFit(nextCameraSeq(state), getSelectionPlaces(index, selection), PLACE_ZOOM)
        : null;
    return { ...state, selection, cameraRequest: request ?? state.cameraRequest };
  },
};

const year: LinkField<number> = {
  empty: Number.NaN,
  history: 'push',
  // Playback steps share the entry the playback started in: Back leaves the playback, not one year.
  // A chapter passed while scrolling sets the year too; the chapter's entry takes that change along.
  merge: (state, previous) => (state.yearPlaying && previous.yearPlaying) || isPassingStep(state, previous),
  coalesceMs: YEAR_COALESCE_MS,
  read: (params) => readNumber(params.get('year'), INTEGER) ?? Number.NaN,
  write: (value, context) =>
    Number.isFinite(value) && value !== context.defaultYear ? [['year', String(value)]] : [],
  fromState: (state) => state.year,
  same: (a, b) => a === b || (Number.isNaN(a) && Number.isNaN(b)),
  restore: (index, state, value) => ({ ...state, year: clampYear(index, value) }),
};

/**
 * A tour's step in the link, named as its spec says: `stop=3` (1-based for people) or
 * `chapter=andijan`. Opening a step from a link goes there as Next would (selection or frame, year,
 * camera); a link without one leaves that tour, its other fields having already brought back the view
 * before it.
 */
function createTourLinkField<T extends TourId>(tour: T): LinkField<TourLinkValue<T>> {
  const { key, names } = TOURS[tour].link;
  type V = TourLinkValue<T>;
  const resolve = (index: AtlasIndex, value: V): number | null => {
    if (value === null) return null;
    if (typeof value === 'number') return isTourStep(index, tour, value) ? value : null;
    return findTourStep(index, tour, value);
  };
  return {
    empty: null as V,
    history: 'push',
    // A step passed while scrolling takes the entry of the one before.
    merge: isPassingStep,
    read(params) {
      const text = params.get(key);
      if (names === 'id') return (text !== null && ID_PATTERN.test(text) ? text : null) as V;
      const value = readNumber(text, INTEGER);
      return (value !== null && value >= 1 ? value - 1 : null) as V;
    },
    write: (value) =>
      value === null ? [] : [[key, typeof value === 'number' ? String(value + 1) : String(value)]],
    fromState(state) {
      if (state.tour.id !== tour || state.tour.step === null) return null as V;
      return (names === 'id' ? state.tour.stepId : state.tour.step) as V;
    },
    same: (a, b) => a === b,
    restore(index, state, value) {
      const step = resolve(index, value);
      if (step !== null) {
        if (state.tour.id === tour && state.tour.step === step) return state;
        const moved = goToStep(index, state, tour, step);
        // A link's own selection, read before, outranks the one the step would make.
        return getTourFrame(index, moved.tour) === null && state.selection !== null
          ? { ...moved, selection: state.selection }
          : moved;
      }
      return state.tour.id === tour ? leaveTour(state, false) : state;
    },
  };
}

/** The link field of every tour, under the key its spec gives. */
type TourLinkFields = { [T in TourId as TourLinkKey<T>]: LinkField<TourLinkValue<T>> };

function createTourLinkFields(): TourLinkFields {
  const fields: Record<string, LinkField<number | string | null>> = {};
  for (const tour of TOUR_IDS) fields[TOURS[tour].link.key] = createTourLinkField(tour);
  return fields as unknown as TourLinkFields;
}

/** During a tour, the full detail of the step's place is open. */
const detail: LinkField<boolean> = {
  empty: false,
  history: 'push',
  read: (params) => params.get('detail') === '1',
  write: (value) => (value ? [['detail', '1']] : []),
  fromState: (state) => state.detail,
  same: (a, b) => a === b,
  restore: (_index, state, value) => ({ ...state, detail: value && state.tour.step !== null }),
};

/** `map=zoom/latitude/longitude/bearing/pitch` like most web maps. */
const camera: LinkField<Camera | null> = {
  empty: null,
  history: 'replace',
  read: (params) => readCamera(params.get('map')),
  write(value) {
    if (!value) return [];
    const { zoom, center, bearing, pitch } = value;
    return [
      [
        'map',
        [
          formatNumber(zoom, 2),
          formatNumber(center[1], 4),
          formatNumber(center[0], 4),
          formatNumber(bearing, 1),
          formatNumber(pitch, 1),
        ].join('/'),
      ],
    ];
  },
  fromState: (state) => state.camera,
  same: (a, b) => a === b,
  restore(_index, state, value) {
    if (!value) return state;
    const seq = nextCameraSeq(state);
    return { ...state, camera: value, cameraRequest: { seq, kind: 'view', camera: value } };
  },
};

/** `themes=a,b`: the theme filter, ids in the page's order. */
const themes: LinkField<readonly ThemeId[]> = {
  empty: [],
  history: 'push',
  read: (params) => normalizeThemes((params.get('themes') ?? '').split(',')),
  write: (value) => (value.length > 0 ? [['themes', value.join(',')]] : []),
  fromState: (state) => state.themes,
  same: isSameThemes,
  restore: (_index, state, value) => ({ ...state, themes: normalizeThemes(value) }),
};

/** Every link field, in the order a link is written and restored. */
export const LINK_FIELDS = { selection, year, ...createTourLinkFields(), detail, themes, camera } as const;

export type LinkFieldName = keyof typeof LINK_FIELDS;

/** The part of the state a link carries. */
export type RestorableState = {
  [K in LinkFieldName]: (typeof LINK_FIELDS)[K] extends LinkField<infer V> ? V : never;
};

const FIELD_NAMES = Object.keys(LINK_FIELDS) as LinkFieldName[];

/** Calls `visit` for every field with its name, typed together. */
function eachField(
  visit: <K extends LinkFieldName>(name: K, field: LinkField<RestorableState[K]>) => void,
): void {
  for (const name of FIELD_NAMES) visit(name, LINK_FIELDS[name] as LinkField<RestorableState[typeof name]>);
}

/** A link with nothing filled in: what the parser returns for an unreadable hash. */
export function createEmptyLink(): RestorableState {
  const link = {} as RestorableState;
  eachField((name, field) => {
    link[name] = field.empty;
  });
  return link;
}

/** The parts of the state a link carries. */
export function toRestorable(state: AtlasState): RestorableState {
  const link = {} as RestorableState;
  eachField((name, field) => {
    link[name] = field.fromState(state);
  });
  return link;
}

/** Reads every field from a hash's parameters. */
export function readLink(params: URLSearchParams): RestorableState {
  const link = {} as RestorableState;
  eachField((name, field) => {
    link[name] = field.read(params);
  });
  return link;
}

/**
 * Percent-encodes a value, leaving `/` and `,` readable: neither separates anything in a hash, and
 * they keep `map=7/37.2/67.3` and lists such as `a,b` legible.
 */
export function encodeLinkValue(value: string): string {
  return encodeURIComponent(value).replaceAll('%2F', '/').replaceAll('%2C', ',');
}

/** Writes every field as `key=value` pairs, values encoded. */
export function writeLink(link: RestorableState, context: LinkContext): string[] {
  const parts: string[] = [];
  eachField((name, field) => {
    for (const [key, value] of field.write(link[name], context))
      parts.push(`${encodeURIComponent(key)}=${encodeLinkValue(value)}`);
  });
  return parts;
}

/**
 * How a state change is written to history: `push` when a push-field changed (unless every change
 * merges into the current entry), `merge` when push-fields changed but all merge, `replace` when only
 * replace-fields changed, null when the link is unchanged.
 */
export function classifyChange(
  state: AtlasState,
  previous: AtlasState,
): { mode: 'push' | 'merge' | 'replace'; fields: LinkFieldName[] } | null {
  const changed: LinkFieldName[] = [];
  let push = false;
  let merge = false;
  let replace = false;
  eachField((name, field) => {
    if (field.same(field.fromState(state), field.fromState(previous))) return;
    changed.push(name);
    if (field.history === 'replace') replace = true;
    else if (field.merge?.(state, previous)) merge = true;
    else push = true;
  });
  if (push) return { mode: 'push', fields: changed };
  if (merge) return { mode: 'merge', fields: changed };
  return replace ? { mode: 'replace', fields: changed } : null;
}

/** Applies a link to the state: every field in order, and nothing keeps playing. */
export function restoreLink(index: AtlasIndex, state: AtlasState, link: RestorableState): AtlasState {
  let next: AtlasState = { ...state, yearPlaying: false, tour: { ...state.tour, playing: false } };
  eachField((name, field) => {
    next = field.restore(index, next, link[name]);
  });
  // Entering the story from history (Forward, or Back from a chapter's link): the view to give back
  // is the one the reader had just now, or the one kept when they left the story by a chapter's link.
  // The fields above have already replaced the selection, so it cannot come from them.
  if (getTourFrame(index, next.tour) !== null && state.tour.id !== next.tour.id)
    next = { ...next, tourReturn: state.storyReturn?.tourReturn ?? captureTourReturn(state) };
  // A link that opens an event without naming a year shows the event's year, as opening it would.
  const eventYear = getEventYear(index, next.selection);
  if (eventYear !== null && !Number.isFinite(link.year)) next = { ...next, year: eventYear };
  // Off a framing tour (Back from a chapter to a route stop, or to no tour) there is no view to give back.
  if (getTourFrame(index, next.tour) === null && next.tourReturn !== null)
    next = { ...next, tourReturn: null };
  return next;
}
