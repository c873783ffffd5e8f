/**
 * Parses every data file once, validates it against its schema, then runs the cross-checks.
 * Pure: it takes file texts and returns either a dataset or the full list of problems, so the build,
 * `npm run check` and the page all report the same messages.
 */
import type * as z from 'zod/mini';
import { runCrossChecks } from './checks.ts';
import { DATA_FILES, type DataFileRole, type RawDataFiles } from './files.ts';
import { formatJsonPath, type Problem } from './problem.ts';
import {
  type AtlasEvent,
  type Chapter,
  EventsFileSchema,
  type Place,
  PlacesFileSchema,
  type Programme,
  ProgrammesFileSchema,
  type RiversFile,
  RiversFileSchema,
  type RouteFile,
  RouteFileSchema,
  type RouteLeg,
  RouteLegsFileSchema,
  StoryFileSchema,
} from './schema.ts';

/** Everything the atlas shows, validated. */
export interface Dataset {
  places: Place[];
  events: AtlasEvent[];
  programmes: Programme[];
  route: RouteFile;
  routeLegs: RouteLeg[];
  rivers: RiversFile;
  /** The guided story's chapters, in date order. */
  story: Chapter[];
}

/** On failure, `dataset` is there when every file matched its schema and only cross-checks failed. */
export type LoadResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; problems: Problem[]; dataset?: Dataset };

/** Line and column of a character offset, for JSON syntax errors. */
function locateOffset(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function parseJson(role: DataFileRole, text: string, problems: Problem[]): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const where = position?.[1] ? ` at ${locateOffset(text, Number(position[1]))}` : '';
    problems.push({
      file: DATA_FILES[role],
      path: '$',
      rule: 'json',
      message: `not valid JSON${where}: ${message}`,
    });
    return undefined;
  }
}

function validate<T>(
  role: DataFileRole,
  schema: z.ZodMiniType<T>,
  value: unknown,
  problems: Problem[],
): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({
      file: DATA_FILES[role],
      path: formatJsonPath(issue.path),
      rule: 'schema',
      message: issue.message,
    });
  }
  return undefined;
}

/** Validates raw file texts into a dataset, or lists every problem found. */
export function loadDataset(files: RawDataFiles): LoadResult {
  const problems: Problem[] = [];
  const read = <T>(role: DataFileRole, schema: z.ZodMiniType<T>): T | undefined => {
    const json = parseJson(role, files[role], problems);
    return json === undefined ? undefined : validate(role, schema, json, problems);
  };
  const placesFile = read('places', PlacesFileSchema);
  const events = read('events', EventsFileSchema);
  const programmes = read('programmes', ProgrammesFileSchema);
  const route = read('route', RouteFileSchema);
  const legsFile = read('routeLegs', RouteLegsFileSchema);
  const rivers = read('rivers', RiversFileSchema);
  const story = read('story', StoryFileSchema);
  if (!placesFile || !events || !programmes || !route || !legsFile || !rivers || !story)
    return { ok: false, problems };

  const dataset: Dataset = {
    places: placesFile.features.map((f) => ({ ...f.properties, coordinates: f.geometry.coordinates })),
    events,
    programmes,
    route,
    routeLegs: legsFile.features.map((f) => ({ ...f.properties, coordinates: f.geometry.coordinates })),
    rivers,
    story,
  };
  problems.push(...runCrossChecks(dataset));
  return problems.length > 0 ? { ok: false, problems, dataset } : { ok: true, dataset };
}
