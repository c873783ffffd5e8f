/**
 * Lookups built once from a validated dataset, so every selector is a map read instead of a scan.
 * Pure: the same dataset always gives the same index.
 */
import { compareDates, getDateSpan } from './dates.ts';
import type { Dataset } from './load.ts';
import type { AtlasEvent, Place, Programme } from './schema.ts';

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
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** Builds every lookup in one pass over the events. */
export function buildIndex(dataset: Dataset): AtlasIndex {
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
  return {
    dataset,
    placeById,
    eventById: new Map(dataset.events.map((e) => [e.id, e])),
    programmeById,
    eventsByDate,
    eventsByPlace,
    eventsByProgramme,
    placesByProgramme,
    programmesByPlace,
    childrenByProgramme,
    firstYearByPlace,
    yearRange: Number.isFinite(min) ? { min, max } : { min: 1992, max: 2016 },
  };
}
