import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findUncovered,
  listFontStylesheets,
  readFontFaces,
  readWoffCodePoints,
} from '../../scripts/font-coverage.ts';

const ROOT = join(import.meta.dirname, '../..');
const faces = listFontStylesheets(ROOT).flatMap(readFontFaces);
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('the fonts the page ships', () => {
  it('are the Noto Sans faces main.ts imports, regular and semibold', () => {
    expect(new Set(faces.map((f) => f.weight))).toEqual(new Set([400, 600]));
  });

  it('draw every character of the data and its translations, in both weights', () => {
    const text = [
      'data/i18n/uz.json',
      'data/i18n/ru.json',
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
