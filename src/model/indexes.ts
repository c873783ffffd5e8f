/**
 * Lookups built once from a validated dataset, so every selector is a map read instead of a scan.
 * Pure: the same dataset always gives the same index.
 */

import type { NearbyEntry } from './bundle.ts';
import type { AtlasEvent, Dataset, Place, Programme } from './dataset.ts';
import { compareDates, getDateSpan } from './dates.ts';
import type { KindTable } from './kinds.ts';

/** The dataset with the lookups the views need. */
export interface AtlasIndex {
  dataset: Dataset;
  placeById: ReadonlyMap<string, Place>;
  eventById: ReadonlyMap<string, AtlasEvent>;
  programmeById: ReadonlyMap<string, Programme>;
  /** Events in date order (uncertain dates by their earliest possible start). */
  eventsByDate: readonly AtlasEvent[];
  eventsByPlace: ReadonlyMap<string, readonly AtlasEvent[]>;
  eventsByProgramme: ReadonlyMap<string, readonly AtlasEvent[]>;
  placesByProgramme: ReadonlyMap<string, readonly Place[]>;
  programmesByPlace: ReadonlyMap<string, readonly Programme[]>;
  childrenByProgramme: ReadonlyMap<string, readonly Programme[]>;
  /** Earliest year in which any event of the place may have happened. */
  firstYearByPlace: ReadonlyMap<string, number>;
  /** The years the data covers, inclusive. */
  yearRange: { min: number; max: number };
  /** How each selection kind is looked up: the one place that knows what a kind means. */
  kinds: KindTable;
  /** Places that are part of a place (an airfield of its city), in file order. */
  partsByPlace: ReadonlyMap<string, readonly Place[]>;
  /** Events of a place and of its parts (at any depth), in date order. */
  eventsByPlaceWithParts: ReadonlyMap<string, readonly AtlasEvent[]>;
  /** Places by ISO alpha-3 country code, country places included, in file order. */
  placesByCountry: ReadonlyMap<string, readonly Place[]>;
  /** The place that stands for a country (kind `country`), by ISO alpha-3 code. */
  countryPlaceByCode: ReadonlyMap<string, Place>;
  /** Places near each place, nearest first, as the build measured them. */
  nearbyByPlace: ReadonlyMap<string, readonly NearbyEntry[]>;
}

/** Parts, events with parts, and country lookups of the places. */
function buildPlaceLookups(
  places: readonly Place[],
  placeById: ReadonlyMap<string, Place>,
  eventsByDate: readonly AtlasEvent[],
) {
  const partsByPlace = new Map<string, Place[]>();
  const placesByCountry = new Map<string, Place[]>();
  const countryPlaceByCode = new Map<string, Place>();
  for (const place of places) {
    if (place.partOf) pushTo(partsByPlace, place.partOf, place);
    pushTo(placesByCountry, place.country, place);
    if (place.kind === 'country') countryPlaceByCode.set(place.country, place);
  }
  const eventsByPlaceWithParts = new Map<string, AtlasEvent[]>();
  for (const event of eventsByDate) {
    for (const placeId of event.placeIds) {
      // Up the partOf chain; the visited set guards against a loop in unchecked data.
      const seen = new Set<string>();
      for (let id: string | undefined = placeId; id && !seen.has(id); id = placeById.get(id)?.partOf) {
        seen.add(id);
        pushTo(eventsByPlaceWithParts, id, event);
      }
    }
  }
  return { partsByPlace, eventsByPlaceWithParts, placesByCountry, countryPlaceByCode };
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** Builds every lookup in one pass over the events. */
export function buildIndex(
  dataset: Dataset,
  nearby: Readonly<Record<string, NearbyEntry[]>> = {},
): AtlasIndex {
  const placeById = new Map(dataset.places.map((p) => [p.id, p]));
  const programmeById = new Map(dataset.programmes.map((p) => [p.id, p]));
  const eventsByDate = [...dataset.events].sort(
    (a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id),
  );
  const eventsByPlace = new Map<string, AtlasEvent[]>();
  const eventsByProgramme = new Map<string, AtlasEvent[]>();
  const placesByProgramme = new Map<string, Place[]>();
  const programmesByPlace = new Map<string, Programme[]>();
  const childrenByProgramme = new Map<string, Programme[]>();
  const firstYearByPlace = new Map<string, number>();
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;

  for (const event of eventsByDate) {
    const span = getDateSpan(event.date);
    min = Math.min(min, Math.floor(span.start));
    max = Math.max(max, Math.ceil(span.end) - 1);
    for (const placeId of event.placeIds) {
      pushTo(eventsByPlace, placeId, event);
      if (!firstYearByPlace.has(placeId)) firstYearByPlace.set(placeId, event.date.year);
    }
    for (const programmeId of event.programmeIds) {
      pushTo(eventsByProgramme, programmeId, event);
      const programme = programmeById.get(programmeId);
      for (const placeId of event.placeIds) {
        const place = placeById.get(placeId);
        if (place) pushTo(placesByProgramme, programmeId, place);
        if (programme) pushTo(programmesByPlace, placeId, programme);
      }
    }
  }
  for (const programme of dataset.programmes) {
    if (programme.parentId) pushTo(childrenByProgramme, programme.parentId, programme);
  }
  const places = buildPlaceLookups(dataset.places, placeById, eventsByDate);
  const eventById = new Map(dataset.events.map((e) => [e.id, e]));
  const placesOfEvent = (id: string) =>
    (eventById.get(id)?.placeIds ?? []).flatMap((placeId) => placeById.get(placeId) ?? []);
  const idsOf = (places: readonly Place[]) => new Set(places.map((p) => p.id));
  const kinds: KindTable = {
    place: {
      has: (id) => placeById.has(id),
      inFrame: (id, frame) => frame.placeIds.includes(id),
      // A country is seen through its places, so the camera fits the country rather than its label point.
      places: (id) => {
        const place = placeById.get(id);
        if (place?.kind === 'country') return places.placesByCountry.get(place.country) ?? [place];
        return place ? [place] : [];
      },
      // A place holds its parts' stories: an airfield's events are its city's too.
      relatedPlaceIds: (id) => {
        const related = new Set<string>();
        for (const part of places.partsByPlace.get(id) ?? []) related.add(part.id);
        for (const event of places.eventsByPlaceWithParts.get(id) ?? [])
          for (const other of event.placeIds) related.add(other);
        related.delete(id);
        return related;
      },
      events: (id) => places.eventsByPlaceWithParts.get(id) ?? [],
      label: (id) => placeById.get(id)?.name ?? id,
    },
    event: {
      has: (id) => eventById.has(id),
      inFrame: (id, frame) => frame.eventIds.includes(id),
      places: placesOfEvent,
      relatedPlaceIds: (id) => new Set(eventById.get(id)?.placeIds ?? []),
      events: (id) => {
        const event = eventById.get(id);
        return event ? [event] : [];
      },
      label: (id) => eventById.get(id)?.title ?? id,
    },
    programme: {
      has: (id) => programmeById.has(id),
      // A chapter names a programme through its events.
      inFrame: (id, frame) => frame.eventIds.some((e) => eventById.get(e)?.programmeIds.includes(id)),
      places: (id) => placesByProgramme.get(id) ?? [],
      relatedPlaceIds: (id) => idsOf(placesByProgramme.get(id) ?? []),
      events: (id) => eventsByProgramme.get(id) ?? [],
      label: (id) => programmeById.get(id)?.acronym ?? id,
    },
  };
  return {
    ...places,
    dataset,
    placeById,
    eventById,
    programmeById,
    eventsByDate,
    eventsByPlace,
    eventsByProgramme,
    placesByProgramme,
    programmesByPlace,
    childrenByProgramme,
    firstYearByPlace,
    yearRange: Number.isFinite(min) ? { min, max } : { min: 1992, max: 2016 },
    kinds,
    nearbyByPlace: new Map(Object.entries(nearby)),
  };
}
