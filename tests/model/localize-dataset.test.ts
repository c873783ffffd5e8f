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
