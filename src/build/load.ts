/**
 * Parses every data file once, validates it against its schema, then runs the cross-checks.
 * Pure: it takes file texts and returns either a dataset or the full list of problems, so the build,
 * `npm run check` and the dev server all report the same messages.
 */
import type * as z from 'zod/mini';
import type { Dataset } from '../model/dataset.ts';
import { formatJsonPath, type Problem } from '../model/problem.ts';
import { resolveCitations } from '../model/resolve-sources.ts';
import { runCrossChecks } from './checks.ts';
import { DATA_FILES, type DataFileRole, type RawDataFiles } from './files.ts';
import {
  EventsFileSchema,
  PlacesFileSchema,
  ProgrammesFileSchema,
  RiversFileSchema,
  RouteFileSchema,
  RouteLegsFileSchema,
  SourcesFileSchema,
  StoryFileSchema,
} from './schema.ts';

export type { Dataset } from '../model/dataset.ts';

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

function withoutSources<T extends { sources?: unknown }>(value: T): Omit<T, 'sources'> {
  const { sources: _, ...rest } = value;
  return rest;
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
  const register = read('sources', SourcesFileSchema);
  if (!placesFile || !events || !programmes || !route || !legsFile || !rivers || !story || !register)
    return { ok: false, problems };

  const byId = new Map(register.map((entry) => [entry.id, entry]));
  const cite = (file: string, at: string, citations: Parameters<typeof resolveCitations>[0]) =>
    resolveCitations(citations, byId, file, at, problems);
  const optionalSources = (file: string, at: string, citations: Parameters<typeof resolveCitations>[0]) =>
    citations ? { sources: cite(file, at, citations) } : {};
  const dataset: Dataset = {
    places: placesFile.features.map((f, i) => {
      const { sources, ...properties } = f.properties;
      return {
        ...properties,
        ...optionalSources(DATA_FILES.places, `$.features[${i}].properties`, sources),
        coordinates: f.geometry.coordinates,
      };
    }),
    events: events.map((e, i) => ({ ...e, sources: cite(DATA_FILES.events, `$[${i}]`, e.sources) })),
    programmes: programmes.map((p, i) => ({
      ...p,
      sources: cite(DATA_FILES.programmes, `$[${i}]`, p.sources),
    })),
    route: {
      ...withoutSources(route),
      ...optionalSources(DATA_FILES.route, '$', route.sources),
      stops: route.stops.map(({ sources, ...stop }, i) => ({
        ...stop,
        ...optionalSources(DATA_FILES.route, `$.stops[${i}]`, sources),
      })),
    },
    routeLegs: legsFile.features.map((f) => ({ ...f.properties, coordinates: f.geometry.coordinates })),
    rivers,
    story: story.map(({ sources, ...chapter }, i) => ({
      ...chapter,
      ...optionalSources(DATA_FILES.story, `$[${i}]`, sources),
    })),
    sources: register,
  };
  problems.push(...runCrossChecks(dataset));
  return problems.length > 0 ? { ok: false, problems, dataset } : { ok: true, dataset };
}
