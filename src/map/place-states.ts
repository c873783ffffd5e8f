/**
 * Which feature-state each place should carry for a given store state. Pure, so the map only applies
 * the difference between two of these.
 */
import type { AtlasIndex } from '../model/indexes.ts';
import type { AtlasState } from '../state/store.ts';

export interface PlaceState {
  selected: boolean;
  related: boolean;
  later: boolean;
}

/** Places linked to the selection: an event's or programme's places, or a place's partners in its events. */
export function getRelatedPlaceIds(index: AtlasIndex, state: Pick<AtlasState, 'selection'>): Set<string> {
  const related = new Set<string>();
  const selection = state.selection;
  if (!selection) return related;
  if (selection.kind === 'event')
    for (const id of index.eventById.get(selection.id)?.placeIds ?? []) related.add(id);
  if (selection.kind === 'programme')
    for (const p of index.placesByProgramme.get(selection.id) ?? []) related.add(p.id);
  if (selection.kind === 'place') {
    for (const event of index.eventsByPlace.get(selection.id) ?? [])
      for (const id of event.placeIds) related.add(id);
    related.delete(selection.id);
  }
  return related;
}

/** Feature-state of every place for a store state. */
export function computePlaceStates(
  index: AtlasIndex,
  state: Pick<AtlasState, 'selection' | 'year'>,
): Map<string, PlaceState> {
  const related = getRelatedPlaceIds(index, state);
  const selectedPlace = state.selection?.kind === 'place' ? state.selection.id : null;
  const result = new Map<string, PlaceState>();
  for (const place of index.dataset.places) {
    result.set(place.id, {
      selected: place.id === selectedPlace,
      related: related.has(place.id),
      later: (index.firstYearByPlace.get(place.id) ?? Number.NEGATIVE_INFINITY) > state.year,
    });
  }
  return result;
}
