import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/build/load.ts';
import { formatProblem } from '../../src/model/problem.ts';
import { breakFixture, createFixture, type Fixture, toRawFiles } from '../fixtures/dataset.ts';

function problemsOf(files: ReturnType<typeof toRawFiles>) {
  const result = loadDataset(files);
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.problems;
}

describe('loadDataset', () => {
  it('accepts the fixture and flattens places and legs', () => {
    const result = loadDataset(toRawFiles(createFixture()));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.places.map((p) => p.id)).toEqual(['tashkent', 'samarkand', 'termez', 'kabul']);
    expect(result.dataset.places[0]?.coordinates).toEqual([69.2401, 41.2995]);
    expect(result.dataset.routeLegs[2]?.since).toBe(2002);
  });

  it('names the file, line and column of malformed JSON', () => {
    const files = toRawFiles(createFixture());
    files.events = '[\n  { "id": "a", }\n]';
    const [problem] = problemsOf(files);
    expect(problem).toMatchObject({ file: 'data/events.json', path: '$', rule: 'json' });
    expect(problem?.message).toMatch(/line 2/);
  });

  it.each<[string, (f: Fixture) => void, string, string, RegExp]>([
    [
      'a non-kebab id',
      (f) => {
        f.events[0]!.id = 'Joins PfP';
      },
      'data/events.json',
      '$[0].id',
      /kebab-case/,
    ],
    [
      'a month out of range',
      (f) => {
        f.events[0]!.date.month = 13;
      },
      'data/events.json',
      '$[0].date.month',
      /month/,
    ],
    [
      'an unknown date basis',
      (f) => {
        (f.events[0] as { dateBasis: string }).dateBasis = 'guess';
      },
      'data/events.json',
      '$[0].dateBasis',
      /./,
    ],
    [
      'an empty summary',
      (f) => {
        f.events[1]!.summary = '  ';
      },
      'data/events.json',
      '$[1].summary',
      /empty/,
    ],
    [
      'an event without places',
      (f) => {
        f.events[1]!.placeIds = [];
      },
      'data/events.json',
      '$[1].placeIds',
      /at least one place/,
    ],
    [
      'a latitude out of range',
      (f) => {
        f.places.features[0]!.geometry.coordinates = [41.2995, 169.2401];
      },
      'geo/places.geojson',
      '$.features[0].geometry.coordinates[1]',
      /latitude/,
    ],
    [
      'an unknown place kind',
      (f) => {
        f.places.features[0]!.properties.kind = 'castle';
      },
      'geo/places.geojson',
      '$.features[0].properties.kind',
      /./,
    ],
    [
      'a source that is not a web page',
      (f) => {
        f.sources[1]!.url = 'ftp://example.org';
      },
      'data/sources.json',
      '$[1].url',
      /http or https/,
    ],
    [
      'an unknown theme',
      (f) => {
        f.events[0]!.themes = ['gardening'];
      },
      'data/events.json',
      '$[0].themes[0]',
      /./,
    ],
    [
      'an event without a theme',
      (f) => {
        f.events[1]!.themes = [];
      },
      'data/events.json',
      '$[1].themes',
      /at least one theme/,
    ],
    [
      'a theme listed twice',
      (f) => {
        f.events[1]!.themes = ['framework', 'framework'];
      },
      'data/events.json',
      '$[1].themes',
      /twice/,
    ],
    [
      'an unknown route mode',
      (f) => {
        f.routeLegs.features[0]!.properties.mode = 'boat';
      },
      'geo/transit-route.geojson',
      '$.features[0].properties.mode',
      /./,
    ],
  ])('rejects %s with file and path', (_label, mutate, file, path, message) => {
    const problems = problemsOf(breakFixture(mutate));
    const problem = problems.find((p) => p.file === file && p.path === path);
    expect(problem, problems.map(formatProblem).join('\n')).toBeDefined();
    expect(problem?.rule).toBe('schema');
    expect(problem?.message).toMatch(message);
  });
});
