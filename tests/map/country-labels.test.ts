import { describe, expect, it } from 'vitest';
import { LAYER } from '../../src/map/ids.ts';
import { buildStyle } from '../../src/map/layers.ts';
import { buildIndex } from '../../src/model/indexes.ts';
import { loadFixtureDataset } from '../helpers.ts';

const index = buildIndex(loadFixtureDataset());
const labelField = (countryName?: (iso3: string) => string | null) => {
  const layer = buildStyle(index, 'http://x/basemap.json', 2000, null, countryName).layers.find(
    (l) => l.id === LAYER.countryLabels,
  );
  return JSON.stringify((layer as { layout?: Record<string, unknown> }).layout?.['text-field']);
};

describe('country labels', () => {
  it('draw the page language’s names where it has them, the basemap’s name otherwise', () => {
    const field = labelField((iso3) =>
      iso3 === 'UZB' ? 'Oʻzbekiston' : iso3 === 'AFG' ? 'Афганистан' : null,
    );
    expect(field).toContain('"UZB","Oʻzbekiston"');
    expect(field).toContain('"AFG","Афганистан"');
    expect(field).toContain('["get","name"]');
    expect(field).not.toContain('"KAZ"');
  });

  it('keep the basemap’s English names on the English page', () => {
    expect(labelField()).toBe('["upcase",["get","name"]]');
  });
});
