/**
 * Which feature-state each place should carry for a given store state. Pure, so the map only applies
 * the difference between two of these.
 */
import type { AtlasIndex } from '../model/indexes.ts';
import { matchesThemes } from '../model/themes.ts';
import type { AtlasState } from '../state/store.ts';
import { getTourFrame } from '../state/tours.ts';

export interface PlaceState {
  selected: boolean;
  related: boolean;
  later: boolean;
  /** A theme filter is on and none of the place's events (its parts' included) matches it. */
  dimmed: boolean;
}

type PlaceStateInput = Pick<AtlasState, 'selection'> & Partial<Pick<AtlasState, 'tour'>>;

/**
 * Places linked to the selection (an event's or programme's places, or a place's partners in its
 * events) and the places of the story's chapter being read.
 */
export function getRelatedPlaceIds(index: AtlasIndex, state: PlaceStateInput): Set<string> {
  const selection = state.selection;
  const ids = new Set(selection ? index.kinds[selection.kind].relatedPlaceIds(selection.id) : []);
  for (const id of (state.tour && getTourFrame(index, state.tour)?.placeIds) ?? []) ids.add(id);
  return ids;
}

/** Feature-state of every place for a store state. */
export function computePlaceStates(
  index: AtlasIndex,
  state: PlaceStateInput & Pick<AtlasState, 'year'> & Partial<Pick<AtlasState, 'themes'>>,
): Map<string, PlaceState> {
  const related = getRelatedPlaceIds(index, state);
  const selectedPlace = state.selection?.kind === 'place' ? state.selection.id : null;
  const themes = state.themes ?? [];
  const result = new Map<string, PlaceState>();
  for (const place of index.dataset.places) {
    result.set(place.id, {
      selected: place.id === selectedPlace,
      related: related.has(place.id),
      later: (index.firstYearByPlace.get(place.id) ?? Number.NEGATIVE_INFINITY) > state.year,
      dimmed: themes.length > 0 && !index.kinds.place.events(place.id).some((e) => matchesThemes(e, themes)),
    });
  }
  return result;
}

/**
 * The places whose feature-state differs between two of `computePlaceStates`' results, with their new
 * state. Each feature-state write makes MapLibre update its paint arrays, so unchanged places are left out.
 */
export function diffPlaceStates(
  before: ReadonlyMap<string, PlaceState>,
  after: ReadonlyMap<string, PlaceState>,
): Map<string, PlaceState> {
  const changed = new Map<string, PlaceState>();
  for (const [id, next] of after) {
    const old = before.get(id);
    if (
      old &&
      old.selected === next.selected &&
      old.related === next.related &&
      old.later === next.later &&
      old.dimmed === next.dimmed
    )
      continue;
    changed.set(id, next);
  }
  return changed;
}
