import { describe, expect, it } from 'vitest';
import { buildBundle, serializeBundle } from '../../src/model/build-bundle.ts';
import { BUNDLE_FILE, BUNDLE_VERSION, readBundle } from '../../src/model/bundle.ts';
import { measureRoute } from '../../src/model/route.ts';
import { loadFixtureDataset, loadProjectDataset } from '../helpers.ts';

describe('the data bundle', () => {
  it('carries the dataset, the measured route with its camera path, and the places near each place', () => {
    const dataset = loadProjectDataset();
    const result = readBundle(serializeBundle(buildBundle(dataset)));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { bundle } = result;
    expect(bundle.dataset).toEqual(dataset);
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
    const good = serializeBundle(buildBundle(loadFixtureDataset()));
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
