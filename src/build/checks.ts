/**
 * Cross-checks between files: what a schema cannot see on its own. Each rule reports the file,
 * the JSON path and its name so a broken dataset can be fixed without guessing.
 */
import { distance, lineString, nearestPointOnLine, point } from '@turf/turf';
import type { Dataset } from '../model/dataset.ts';
import { describeInvalidDate, getDateSpan } from '../model/dates.ts';
import type { Problem } from '../model/problem.ts';
import { DATA_FILES } from './files.ts';
import { runPlaceChecks } from './place-checks.ts';
import type { LonLat } from './schema.ts';
import { runSourceChecks } from './source-checks.ts';
import { runStoryChecks } from './story-checks.ts';

/** How far (km) a leg's end may sit from the place it names: a city's point is its centre, not its station. */
export const LEG_END_TOLERANCE_KM = 5;
/** How far (km) a route stop may sit from the line. */
export const STOP_TOLERANCE_KM = 5;
const MAX_DECIMALS = 6;

function countDecimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 || text.includes('e') ? 0 : text.length - dot - 1;
}

function checkUniqueIds(
  items: readonly { id: string }[],
  file: string,
  pathOf: (index: number) => string,
  problems: Problem[],
): Set<string> {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else
      problems.push({
        file,
        path: pathOf(index),
        rule: 'unique-id',
        message: `id "${item.id}" is already used at ${pathOf(first)}`,
      });
  });
  return new Set(seen.keys());
}

function sameLonLat(a: LonLat | undefined, b: LonLat | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

/** Runs every cross-file rule and returns what is wrong (empty when the dataset is coherent). */
export function runCrossChecks(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  const placePath = (i: number) => `$.features[${i}].properties.id`;
  const legPath = (i: number) => `$.features[${i}].properties.id`;
  const placeIds = checkUniqueIds(data.places, DATA_FILES.places, placePath, problems);
  const eventIds = checkUniqueIds(data.events, DATA_FILES.events, (i) => `$[${i}].id`, problems);
  const programmeIds = checkUniqueIds(data.programmes, DATA_FILES.programmes, (i) => `$[${i}].id`, problems);
  checkUniqueIds(data.routeLegs, DATA_FILES.routeLegs, legPath, problems);
  checkUniqueIds(
    data.rivers.features.map((f) => f.properties),
    DATA_FILES.rivers,
    legPath,
    problems,
  );

  const ref = (file: string, path: string, id: string, known: Set<string>, what: string) => {
    if (!known.has(id))
      problems.push({ file, path, rule: 'reference', message: `no ${what} has id "${id}"` });
  };

  // Places: precision.
  data.places.forEach((place, i) => {
    place.coordinates.forEach((value, axis) => {
      if (countDecimals(value) > MAX_DECIMALS)
        problems.push({
          file: DATA_FILES.places,
          path: `$.features[${i}].geometry.coordinates[${axis}]`,
          rule: 'precision',
          message: `${value} has more than ${MAX_DECIMALS} decimals`,
        });
    });
  });

  // Events: references, dates, sources.
  const programmesWithEvents = new Set<string>();
  data.events.forEach((event, i) => {
    const file = DATA_FILES.events;
    event.placeIds.forEach((id, j) => {
      ref(file, `$[${i}].placeIds[${j}]`, id, placeIds, 'place');
    });
    event.programmeIds.forEach((id, j) => {
      ref(file, `$[${i}].programmeIds[${j}]`, id, programmeIds, 'programme');
      programmesWithEvents.add(id);
    });
    const startProblem = describeInvalidDate(event.date);
    if (startProblem) problems.push({ file, path: `$[${i}].date`, rule: 'date', message: startProblem });
    if (event.date.end) {
      const endProblem = describeInvalidDate(event.date.end);
      if (endProblem) problems.push({ file, path: `$[${i}].date.end`, rule: 'date', message: endProblem });
      else if (!startProblem) {
        const span = getDateSpan(event.date);
        const startOnly = getDateSpan({ ...event.date, end: undefined });
        if (span.end < startOnly.end)
          problems.push({
            file,
            path: `$[${i}].date.end`,
            rule: 'date',
            message: 'the range ends before it starts',
          });
      }
    }
    if (event.dateBasis === 'external' && event.sources.length < 2)
      problems.push({
        file,
        path: `$[${i}].sources`,
        rule: 'date-source',
        message: 'a date known from outside the seed page needs a source besides it',
      });
    if (event.milestone !== (event.seedOrder !== undefined))
      problems.push({
        file,
        path: `$[${i}].seedOrder`,
        rule: 'milestone-order',
        message: 'a milestone needs its seedOrder, and only milestones have one',
      });
    if (event.milestone && event.shortTitle === undefined)
      problems.push({
        file,
        path: `$[${i}].shortTitle`,
        rule: 'short-title',
        message: 'a milestone needs a shortTitle to label it on the timeline',
      });
  });

  // Programmes: parents exist and do not loop.
  const programmeById = new Map(data.programmes.map((p) => [p.id, p]));
  data.programmes.forEach((programme, i) => {
    if (programme.parentId !== null) {
      ref(DATA_FILES.programmes, `$[${i}].parentId`, programme.parentId, programmeIds, 'programme');
      // Walk up; only a walk that comes back to this programme makes it its own ancestor (a loop higher
      // up is reported on the programmes in it).
      const seen = new Set<string>();
      for (
        let p = programmeById.get(programme.parentId);
        p && !seen.has(p.id);
        p = p.parentId ? programmeById.get(p.parentId) : undefined
      ) {
        if (p.id === programme.id) {
          problems.push({
            file: DATA_FILES.programmes,
            path: `$[${i}].parentId`,
            rule: 'parent-cycle',
            message: `programme "${programme.id}" is its own ancestor`,
          });
          break;
        }
        seen.add(p.id);
      }
    }
    programme.pauses?.forEach((pause, j) => {
      if (
        pause.to < pause.from ||
        pause.from < programme.since ||
        (programme.until !== undefined && pause.to > programme.until)
      )
        problems.push({
          file: DATA_FILES.programmes,
          path: `$[${i}].pauses[${j}]`,
          rule: 'date',
          message: 'a pause must run forwards and lie within the programme’s years',
        });
    });
    if (programme.operation) {
      const { name, end } = programme.operation;
      if (programme.until === undefined || programme.until > end.year)
        problems.push({
          file: DATA_FILES.programmes,
          path: `$[${i}].until`,
          rule: 'operation-end',
          message: `the programme served ${name}, which ended in ${end.year}, so it must end by then (until is ${programme.until ?? 'not set'})`,
        });
    }
    if (programme.until !== undefined && programme.until < programme.since)
      problems.push({
        file: DATA_FILES.programmes,
        path: `$[${i}].until`,
        rule: 'date',
        message: 'until is before since',
      });
  });

  // Every place and programme is part of the story; parts lie near their places.
  problems.push(...runPlaceChecks(data));
  data.programmes.forEach((programme, i) => {
    if (!programmesWithEvents.has(programme.id))
      problems.push({
        file: DATA_FILES.programmes,
        path: `$[${i}].id`,
        rule: 'orphan',
        message: `programme "${programme.id}" has no event`,
      });
  });

  problems.push(...runSourceChecks(data));
  problems.push(...runStoryChecks(data));

  // Route legs: references, joins, ends near their places.
  const placeById = new Map(data.places.map((p) => [p.id, p]));
  data.routeLegs.forEach((leg, i) => {
    const file = DATA_FILES.routeLegs;
    ref(file, `$.features[${i}].properties.from`, leg.from, placeIds, 'place');
    ref(file, `$.features[${i}].properties.to`, leg.to, placeIds, 'place');
    const next = data.routeLegs[i + 1];
    if (next) {
      if (!sameLonLat(leg.coordinates.at(-1), next.coordinates[0]))
        problems.push({
          file,
          path: `$.features[${i + 1}].geometry.coordinates[0]`,
          rule: 'leg-join',
          message: `leg "${next.id}" does not start where leg "${leg.id}" ends`,
        });
      if (leg.to !== next.from)
        problems.push({
          file,
          path: `$.features[${i + 1}].properties.from`,
          rule: 'leg-join',
          message: `leg "${next.id}" starts from "${next.from}" but the previous leg goes to "${leg.to}"`,
        });
    }
    const ends: [string, LonLat | undefined, string][] = [
      [leg.from, leg.coordinates[0], 'coordinates[0]'],
      [leg.to, leg.coordinates.at(-1), `coordinates[${leg.coordinates.length - 1}]`],
    ];
    for (const [placeId, end, where] of ends) {
      const place = placeById.get(placeId);
      if (!place || !end) continue;
      const km = distance(point(place.coordinates), point(end), { units: 'kilometers' });
      if (km > LEG_END_TOLERANCE_KM)
        problems.push({
          file,
          path: `$.features[${i}].geometry.${where}`,
          rule: 'leg-end',
          message: `ends ${km.toFixed(1)} km from "${placeId}" (at most ${LEG_END_TOLERANCE_KM} km)`,
        });
    }
  });

  // Route stops: exist, sit on the line, in order.
  const fullLine = data.routeLegs.flatMap((leg, i) => (i === 0 ? leg.coordinates : leg.coordinates.slice(1)));
  const line = fullLine.length >= 2 ? lineString(fullLine) : undefined;
  let previousAlong = -1;
  data.route.stops.forEach((stop, i) => {
    const file = DATA_FILES.route;
    ref(file, `$.stops[${i}].placeId`, stop.placeId, placeIds, 'place');
    stop.eventIds.forEach((id, j) => {
      ref(file, `$.stops[${i}].eventIds[${j}]`, id, eventIds, 'event');
    });
    const place = placeById.get(stop.placeId);
    if (!place || !line) return;
    const nearest = nearestPointOnLine(line, point(place.coordinates), { units: 'kilometers' });
    const offLine = nearest.properties.dist ?? Number.POSITIVE_INFINITY;
    if (offLine > STOP_TOLERANCE_KM)
      problems.push({
        file,
        path: `$.stops[${i}].placeId`,
        rule: 'stop-on-route',
        message: `"${stop.placeId}" is ${offLine.toFixed(1)} km from the route (at most ${STOP_TOLERANCE_KM} km)`,
      });
    const along = nearest.properties.location ?? 0;
    if (along < previousAlong)
      problems.push({
        file,
        path: `$.stops[${i}].placeId`,
        rule: 'stop-order',
        message: `"${stop.placeId}" comes before the previous stop along the route`,
      });
    previousAlong = along;
  });

  return problems;
}
