import { describe, expect, it } from 'vitest';
import { readCountryShapes } from '../../scripts/project-data.ts';
import { addCountryExtents, buildBundle, serializeBundle } from '../../src/build/build-bundle.ts';
import { measureRoute } from '../../src/build/route.ts';
import { type AtlasBundle, BUNDLE_FILE, BUNDLE_VERSION, readBundle } from '../../src/model/bundle.ts';
import { frameForCamera } from '../../src/model/framing.ts';
import { loadFixtureDataset, loadProjectDataset, makePlace, placesOf } from '../helpers.ts';

const { shapes } = readCountryShapes('50m');

describe('the data bundle', () => {
  it('carries the dataset, the measured route with its camera path, and the places near each place', () => {
    const dataset = loadProjectDataset();
    const result = readBundle(serializeBundle(buildBundle(dataset, shapes)));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { bundle } = result;
    expect(bundle.dataset).toEqual({ ...dataset, places: addCountryExtents(dataset.places, shapes) });
    const measured = measureRoute(dataset);
    expect(bundle.route.stops).toEqual(measured.stops);
    expect(bundle.route.totalKm).toBe(measured.totalKm);
    expect(bundle.route.path.length).toBe(measured.path.length);
    for (const [i, sample] of bundle.route.path.entries()) {
      expect(sample.position[0]).toBeCloseTo(measured.path[i]?.position[0] ?? Number.NaN, 4);
      expect(sample.km).toBeCloseTo(measured.path[i]?.km ?? Number.NaN, 2);
    }
    expect(bundle.nearby.termez?.map((n) => n.placeId)).toContain('hairaton-bridge');
  });

  it('is refused, naming what is wrong, when it is not a bundle this page reads', () => {
    const good = serializeBundle(buildBundle(loadFixtureDataset(), shapes));
    const problems = (text: string) => {
      const result = readBundle(text);
      return result.ok ? [] : result.problems.map((p) => `${p.file} ${p.path} ${p.message}`);
    };
    expect(problems(good)).toEqual([]);
    expect(problems(good.slice(0, 200))[0]).toMatch(new RegExp(`^${BUNDLE_FILE} \\$ not valid JSON`));
    const parsed = JSON.parse(good);
    expect(problems(JSON.stringify({ ...parsed, version: BUNDLE_VERSION + 1 }))[0]).toMatch(
      new RegExp(`\\$\\.version is ${BUNDLE_VERSION + 1}`),
    );
    expect(problems(JSON.stringify({ ...parsed, dataset: { ...parsed.dataset, events: {} } }))).toEqual([
      `${BUNDLE_FILE} $.dataset.events is not a list`,
    ]);
    const { route: _route, ...withoutRoute } = parsed;
    expect(problems(JSON.stringify(withoutRoute))).toEqual([`${BUNDLE_FILE} $.route is missing`]);
    // Every part a translated page puts its texts into must be there, or the page lists the problem
    // instead of throwing while it localizes.
    const { rivers: _rivers, ...withoutRivers } = parsed.dataset;
    expect(problems(JSON.stringify({ ...parsed, dataset: withoutRivers }))).toEqual([
      `${BUNDLE_FILE} $.dataset.rivers is missing`,
    ]);
    const riversWithoutFeatures = { ...parsed.dataset, rivers: { type: 'FeatureCollection' } };
    expect(problems(JSON.stringify({ ...parsed, dataset: riversWithoutFeatures }))).toEqual([
      `${BUNDLE_FILE} $.dataset.rivers.features is not a list`,
    ]);
    const stopsless = { ...parsed.dataset, route: { ...parsed.dataset.route, stops: null } };
    expect(problems(JSON.stringify({ ...parsed, dataset: stopsless }))).toEqual([
      `${BUNDLE_FILE} $.dataset.route.stops is not a list`,
    ]);
  });

  it('gives every country place its extent, measured from its outline', () => {
    const dataset = loadFixtureDataset((fixture) => {
      const kazakhstan = makePlace('kazakhstan', 'Kazakhstan', 'KAZ', [67.5, 48.2]);
      kazakhstan.properties.kind = 'country';
      kazakhstan.properties.eventless = 'context';
      const uzbekistan = makePlace('uzbekistan', 'Uzbekistan', 'UZB', [64.5, 41.4]);
      uzbekistan.properties.kind = 'country';
      uzbekistan.properties.eventless = 'context';
      placesOf(fixture).push(kazakhstan, uzbekistan);
    });
    const { bundle } = readBundle(serializeBundle(buildBundle(dataset, shapes))) as { bundle: AtlasBundle };
    const kazakhstan = bundle.dataset.places.find((p) => p.id === 'kazakhstan');
    if (!kazakhstan) throw new Error('no Kazakhstan');
    // Kazakhstan reaches from the Caspian (about 46.5° E) to the Altai (about 87.3° E).
    const [[west, south], [east, north]] = frameForCamera([kazakhstan], [40, 35, 90, 56]).points as [
      [number, number],
      [number, number],
    ];
    expect(west).toBeCloseTo(46.5, 0);
    expect(east).toBeCloseTo(87.3, 0);
    expect(south).toBeCloseTo(40.6, 0);
    expect(north).toBeCloseTo(55.4, 0);
    // Uzbekistan's, as Natural Earth draws it.
    const uzbekistan = bundle.dataset.places.find((p) => p.kind === 'country' && p.country === 'UZB');
    for (const [i, degrees] of [56, 37.2, 73.1, 45.6].entries())
      expect(uzbekistan?.extent?.[i]).toBeCloseTo(degrees, 0);
  });

  it('passes on the problems a development server sends instead of a bundle', () => {
    const problem = {
      file: 'data/events.json',
      path: '$[0].placeIds[0]',
      rule: 'reference',
      message: 'no place',
    };
    expect(readBundle(JSON.stringify({ problems: [problem] }))).toEqual({ ok: false, problems: [problem] });
  });
});
