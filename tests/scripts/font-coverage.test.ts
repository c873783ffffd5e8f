import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findUncovered,
  listFontStylesheets,
  readFontFaces,
  readWoffCodePoints,
  selectSubsetFaces,
} from '../../scripts/font-coverage.ts';
import { LANGUAGE_TABLE, listTranslatedLanguages } from '../../src/i18n/languages.ts';

const ROOT = join(import.meta.dirname, '../..');
const faces = listFontStylesheets(ROOT).flatMap(readFontFaces);
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('the fonts the page ships', () => {
  it('are the Noto Sans faces main.ts imports, regular and semibold', () => {
    expect(new Set(faces.map((f) => f.weight))).toEqual(new Set([400, 600]));
  });

  it('draw every character of the data and its translations, in both weights', () => {
    const text = [
      ...listTranslatedLanguages().flatMap((row) => row.translations ?? []),
      'data/glossary.json',
      'geo/places.geojson',
      'geo/rivers.geojson',
      'data/events.json',
      'data/programmes.json',
      'data/route.json',
      'data/story.json',
    ]
      .map(read)
      .join('');
    expect(findUncovered(text, faces, 400)).toEqual([]);
    expect(findUncovered(text, faces, 600)).toEqual([]);
  });

  it('draw Uzbek Latin with U+02BB and U+02BC, Russian, and Uzbek Cyrillic', () => {
    const sample = 'Oʻzbekiston Fargʻona taʼlim Ташкент Ёлка «Партнерство» Самарқанд Фарғона Жаҳон Дўстлик';
    expect(findUncovered(sample, faces, 400)).toEqual([]);
  });
});

describe.each(LANGUAGE_TABLE.map((row) => [row.id, row] as const))('the %s row’s font subsets', (_, row) => {
  it('are shipped, and draw its catalogue and its translations in both weights', async () => {
    const own = selectSubsetFaces(faces, row.fontSubsets);
    expect(new Set(own.map((f) => f.weight))).toEqual(new Set([400, 600]));
    const catalogue = JSON.stringify(await row.loadCatalogue(), (_, v) =>
      typeof v === 'function' ? String(v) : v,
    );
    const translations = row.translations ? read(row.translations) : '';
    // Its letters (arrows and play symbols come from the system's fonts); local names (Самарқанд),
    // shown on every page, are checked above against every face.
    const text = [...(catalogue + translations).matchAll(/[\p{L}\p{M}]/gu)].map(([c]) => c).join('');
    expect(findUncovered(text, own, 400)).toEqual([]);
    expect(findUncovered(text, own, 600)).toEqual([]);
  });
});

describe('findUncovered', () => {
  const latin = faces.find((f) => f.woff.includes('latin-400'));
  if (!latin) throw new Error('no latin 400 face');

  it('reads a font’s character map', () => {
    const points = readWoffCodePoints(latin.woff);
    expect(points.has('A'.codePointAt(0) ?? 0)).toBe(true);
    expect(points.has('Ж'.codePointAt(0) ?? 0)).toBe(false);
  });

  it('names what no face draws, and honours a face’s unicode-range', () => {
    expect(findUncovered('Aб', [latin], 400)).toEqual(['б']);
    expect(findUncovered('AB', [{ ...latin, ranges: [[0x41, 0x41]] }], 400)).toEqual(['B']);
    expect(findUncovered('A', [latin], 600)).toEqual(['A']);
  });
});
