/**
 * Rules about how places relate: a place that is part of another, and a place without events. Kept apart
 * from the cross-file checks because both need the events of a place together with those of its parts.
 */
import { distance, point } from '@turf/turf';
import type { Dataset } from '../model/dataset.ts';
import type { Problem } from '../model/problem.ts';
import { DATA_FILES } from './files.ts';
import type { Place } from './schema.ts';

/** How far (km) a part may lie from the place it is part of: an airport sits outside its city's centre. */
export const PART_TOLERANCE_KM = 30;

const file = DATA_FILES.places;
const idPath = (i: number) => `$.features[${i}].properties.id`;
const partOfPath = (i: number) => `$.features[${i}].properties.partOf`;

/** Reports a `partOf` that names no place, names a country, loops back, or lies too far away. */
function checkPartOf(places: readonly Place[], problems: Problem[]): void {
  const byId = new Map(places.map((p) => [p.id, p]));
  places.forEach((place, i) => {
    if (place.partOf === undefined) return;
    const parent = byId.get(place.partOf);
    if (!parent) {
      problems.push({
        file,
        path: partOfPath(i),
        rule: 'reference',
        message: `no place has id "${place.partOf}"`,
      });
      return;
    }
    if (place.kind === 'country' || parent.kind === 'country') {
      problems.push({
        file,
        path: partOfPath(i),
        rule: 'part-of',
        message: 'a country is never part of a place nor a parent: the country field says where a place lies',
      });
      return;
    }
    // Only a walk that comes back to this place makes it its own ancestor (a loop higher up is reported
    // on the places in it).
    const seen = new Set<string>();
    for (
      let p: Place | undefined = parent;
      p && !seen.has(p.id);
      p = p.partOf ? byId.get(p.partOf) : undefined
    ) {
      if (p.id === place.id) {
        problems.push({
          file,
          path: partOfPath(i),
          rule: 'part-of-cycle',
          message: `place "${place.id}" is part of itself`,
        });
        return;
      }
      seen.add(p.id);
    }
    const km = distance(point(place.coordinates), point(parent.coordinates), { units: 'kilometers' });
    if (km > PART_TOLERANCE_KM)
      problems.push({
        file,
        path: partOfPath(i),
        rule: 'part-near',
        message: `lies ${km.toFixed(1)} km from "${parent.id}" (at most ${PART_TOLERANCE_KM} km)`,
      });
  });
}

/**
 * Every place is part of the story: it has an event, one of its parts has, or it says why it has none
 * (`eventless`). A place that says so must really have no event, and a "route stop" must be one.
 */
function checkEventless(data: Dataset, problems: Problem[]): void {
  const withEvents = new Set(data.events.flatMap((e) => e.placeIds));
  // A parent holds its parts' stories: count events up the partOf chain (bounded, loops are reported above).
  for (const id of [...withEvents]) {
    let place = data.places.find((p) => p.id === id);
    for (let step = 0; place?.partOf && step < data.places.length; step++) {
      withEvents.add(place.partOf);
      const parentId: string = place.partOf;
      place = data.places.find((p) => p.id === parentId);
    }
  }
  const stops = new Set(data.route.stops.map((s) => s.placeId));
  data.places.forEach((place, i) => {
    const hasEvents = withEvents.has(place.id);
    if (!hasEvents && place.eventless === undefined)
      problems.push({
        file,
        path: idPath(i),
        rule: 'orphan',
        message: `place "${place.id}" has no event; give it one or say in "eventless" why it is on the map`,
      });
    else if (hasEvents && place.eventless !== undefined)
      problems.push({
        file,
        path: `$.features[${i}].properties.eventless`,
        rule: 'eventless',
        message: `place "${place.id}" has events, so it is not eventless`,
      });
    else if (place.eventless === 'route-stop' && !stops.has(place.id))
      problems.push({
        file,
        path: `$.features[${i}].properties.eventless`,
        rule: 'eventless',
        message: `place "${place.id}" is called a route stop but no stop of the route is there`,
      });
  });
}

/** Runs the place rules. */
export function runPlaceChecks(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  checkPartOf(data.places, problems);
  checkEventless(data, problems);
  return problems;
}
