import { describe, expect, it } from 'vitest';
import { getContentTextsFile, readContentTexts } from '../../src/model/localize-dataset.ts';

const FILE = getContentTextsFile('uz');

describe('readContentTexts', () => {
  it('reads collection → record → field → text', () => {
    const texts = { places: { tashkent: { name: 'Toshkent', summary: 'Poytaxt.' } }, themes: {} };
    expect(readContentTexts(JSON.stringify(texts), FILE)).toEqual({ ok: true, texts });
  });

  it('names the file and the place of each wrong part, and keeps going after the first', () => {
    const result = readContentTexts(
      JSON.stringify({ places: { tashkent: { name: 7 }, termez: 'Termiz' }, events: [] }),
      FILE,
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => `${p.file} ${p.path}: ${p.message}`)).toEqual([
      'data/texts-uz.json $.places["tashkent"]["name"]: must be a text',
      'data/texts-uz.json $.places["termez"]: must be an object of fields',
      'data/texts-uz.json $.events: must be an object of records',
    ]);
  });

  it('says a file that is not JSON is not JSON', () => {
    const result = readContentTexts('<!doctype html>', FILE);
    expect(result.ok ? null : result.problems[0]).toMatchObject({ file: FILE, rule: 'file' });
    expect(result.ok ? '' : result.problems[0]?.message).toMatch(/^is not JSON/);
  });
});

describe('localizeBundle', () => {
  it('puts the texts in the dataset and in the measured route the map and panel read, nothing else', async () => {
    const { buildBundle } = await import('../../src/build/build-bundle.ts');
    const { localizeBundle } = await import('../../src/model/localize-dataset.ts');
    const { readCountryShapes } = await import('../../scripts/project-data.ts');
    const { loadFixtureDataset } = await import('../helpers.ts');
    const bundle = buildBundle(loadFixtureDataset(), readCountryShapes('50m').shapes);
    const [first, second] = bundle.route.stops;
    if (!first || !second) throw new Error('the fixture has fewer than two stops');
    const texts = {
      routeStops: { [first.placeId]: { narrative: 'Birinchi bekat.' } },
      places: { [first.placeId]: { name: 'Birinchi' } },
    };
    const localized = localizeBundle(bundle, texts);
    expect(localized.route.stops[0]).toEqual({ ...first, narrative: 'Birinchi bekat.' });
    expect(localized.route.stops[1]).toEqual(second);
    expect(localized.dataset.route.stops[0]?.narrative).toBe('Birinchi bekat.');
    expect(localized.dataset.places.find((p) => p.id === first.placeId)?.name).toBe('Birinchi');
    expect(localized.route.path).toBe(bundle.route.path);
    expect(localized.nearby).toBe(bundle.nearby);
  });
});
