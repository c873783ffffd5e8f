import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../scripts/project-data.ts';
import { readTranslationFile } from '../../scripts/project-translations.ts';
import { loadDataset } from '../../src/build/load.ts';
import { collectTranslatedNames } from '../../src/build/translations.ts';
import { SELECTION_KINDS } from '../../src/model/kinds.ts';
import {
  buildSearchIndex,
  getAllowedEdits,
  isWithinEdits,
  listSearchDocuments,
  normalizeText,
  type SearchDocument,
  searchDocuments,
  tokenizeText,
} from '../../src/model/search-index.ts';

function loadProjectDocuments(): SearchDocument[] {
  const result = loadDataset(readDataFiles(join(import.meta.dirname, '../..')).files);
  if (!result.ok) throw new Error('the project data does not load');
  return listSearchDocuments(result.dataset);
}

const documents = loadProjectDocuments();
const index = buildSearchIndex(documents);
const ids = (query: string, kind?: string) =>
  searchDocuments(index, query)
    .filter((hit) => kind === undefined || hit.kind === kind)
    .map((hit) => hit.id);

describe('normalising and tokenising', () => {
  it('drops diacritics, apostrophes and case', () => {
    expect(normalizeText('Mélange')).toBe('melange');
    expect(normalizeText('Oʻzbekiston')).toBe('ozbekiston');
    expect(normalizeText('ТЕРМИЗ')).toBe('термиз');
  });

  it('splits on anything that is not a letter or digit', () => {
    expect(tokenizeText('Mazar-i-Sharif, 2002 (PfP)')).toEqual(['mazar', 'i', 'sharif', '2002', 'pfp']);
    expect(tokenizeText('  — ')).toEqual([]);
  });
});

describe('edit distance', () => {
  it('allows no typo below 4 letters, one up to 7, two from 8', () => {
    expect([3, 4, 7, 8, 12].map(getAllowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });

  it('counts inserted, deleted and changed letters', () => {
    expect(isWithinEdits('termex', 'termez', 1)).toBe(true);
    expect(isWithinEdits('samarkant', 'samarkand', 2)).toBe(true);
    expect(isWithinEdits('tashkent', 'tashkend', 0)).toBe(false);
    expect(isWithinEdits('kabul', 'kbul', 1)).toBe(true);
    expect(isWithinEdits('kabul', 'kabull', 1)).toBe(true);
    expect(isWithinEdits('kabul', 'brussels', 2)).toBe(false);
  });

  it('agrees with a plain Levenshtein distance', () => {
    const levenshtein = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
          const row = d[i] as number[];
          const above = d[i - 1] as number[];
          row[j] = Math.min(
            (above[j] as number) + 1,
            (row[j - 1] as number) + 1,
            (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
        }
      return (d[a.length] as number[])[b.length] as number;
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 7 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(isWithinEdits(a, b, max)).toBe(levenshtein(a, b) <= max);
      }),
    );
  });
});

describe('searching the atlas', () => {
  it('finds a place by its local name and by a Latin spelling of it', () => {
    expect(ids('Термиз', 'place')[0]).toBe('termez');
    expect(ids('Termiz', 'place')[0]).toBe('termez');
  });

  it('is tolerant of missing diacritics and small typos', () => {
    expect(ids('melange', 'programme')).toContain('melange-project');
    expect(ids('melange', 'event').length).toBeGreaterThan(0);
    expect(ids('Termex', 'place')[0]).toBe('termez');
    expect(ids('Samarkant', 'place')[0]).toBe('samarkand');
  });

  it('finds a programme by acronym and by name', () => {
    expect(ids('PARP', 'programme')[0]).toBe('parp');
    expect(ids('planning and review', 'programme')[0]).toBe('parp');
  });

  it('needs every word to match somewhere', () => {
    expect(ids('Termez zzzzqq')).toEqual([]);
    expect(ids('')).toEqual([]);
    expect(ids(' , ')).toEqual([]);
  });

  it('ranks exact over prefix over near miss, names over summaries', () => {
    const docs: SearchDocument[] = [
      { kind: 'event', id: 'summary-exact', label: 'A', names: ['Other'], texts: ['river'] },
      { kind: 'event', id: 'name-fuzzy', label: 'B', names: ['Rivet'], texts: [] },
      { kind: 'event', id: 'name-prefix', label: 'C', names: ['Riverside'], texts: [] },
      { kind: 'event', id: 'name-exact', label: 'D', names: ['River'], texts: [] },
    ];
    const hits = searchDocuments(buildSearchIndex(docs), 'river').map((h) => h.id);
    expect(hits).toEqual(['name-exact', 'name-prefix', 'name-fuzzy', 'summary-exact']);
  });

  it('finds every indexed name with its diacritics stripped or one letter changed', () => {
    const named = documents.flatMap((d) =>
      d.names.flatMap((name) => tokenizeText(name).map((token) => ({ document: d, token, name }))),
    );
    const longWords = named.filter((n) => /^[\p{L}]{4,}$/u.test(n.token));
    fc.assert(
      fc.property(
        fc.constantFrom(...longWords),
        fc.nat(),
        fc.constantFrom('x', 'q', 'z', 'ж'),
        ({ document, token }, at, letter) => {
          const i = at % token.length;
          const typo = token.slice(0, i) + letter + token.slice(i + 1);
          const found = searchDocuments(index, typo).map((h) => `${h.kind}:${h.id}`);
          expect(found).toContain(`${document.kind}:${document.id}`);
        },
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom(...named), ({ document, name }) => {
        const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
        const found = searchDocuments(index, plain).map((h) => `${h.kind}:${h.id}`);
        expect(found).toContain(`${document.kind}:${document.id}`);
      }),
    );
  });

  it('lists places, events and programmes once each', () => {
    const keys = documents.map((d) => `${d.kind}:${d.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(documents.map((d) => d.kind))).toEqual(new Set(['place', 'event', 'programme']));
  });
});

describe('kinds come from the kind table', () => {
  it('offers every selection kind, in the kinds’ order', () => {
    const kinds = [...new Set(documents.map((d) => d.kind))];
    expect(kinds).toEqual([...SELECTION_KINDS]);
  });
});

describe('searching across languages and scripts', () => {
  const root = join(import.meta.dirname, '../..');
  const result = loadDataset(readDataFiles(root).files);
  if (!result.ok) throw new Error('the project data does not load');
  const files = (['uz', 'ru'] as const).map((language) => {
    const { file } = readTranslationFile(root, language);
    if (!file) throw new Error(`data/i18n/${language}.json does not load`);
    return file;
  });
  const translated = buildSearchIndex(listSearchDocuments(result.dataset, collectTranslatedNames(files)));
  const first = (query: string) => searchDocuments(translated, query).find((hit) => hit.kind === 'place');

  it('finds Tashkent by its English, Uzbek and Russian names, each as an exact name', () => {
    const hits = ['Tashkent', 'Toshkent', 'Ташкент'].map(first);
    expect(hits.map((hit) => hit?.id)).toEqual(['tashkent', 'tashkent', 'tashkent']);
    expect(new Set(hits.map((hit) => hit?.score))).toEqual(new Set([13]));
  });

  it('counts every apostrophe form as one: Fargʻona is found however it is typed', () => {
    for (const query of ['Fargʻona', "Farg'ona", 'Farg’ona', 'Farg‘ona', 'Farg`ona', 'Fargʼona', 'Farg´ona'])
      expect(first(query)?.id, query).toBe('ferghana');
    expect(first('Фергана')?.id).toBe('ferghana');
  });

  it('finds other places and programmes by their translated names', () => {
    expect(first('Termiz')?.id).toBe('termez');
    expect(first('Термез')?.id).toBe('termez');
    expect(first('Андижан')?.id).toBe('andijan');
    expect(first('Mozori Sharif')?.id).toBe('mazar-i-sharif');
    expect(searchDocuments(translated, 'Партнерство ради мира')[0]?.id).toBe('pfp');
    expect(searchDocuments(translated, 'Tinchlik yoʻlida hamkorlik')[0]?.id).toBe('pfp');
  });

  it('keeps the label in the page’s own language', () => {
    expect(first('Toshkent')?.label).toBe('Tashkent');
  });

  it('adds aliases only to the documents they name', () => {
    const docs = listSearchDocuments(result.dataset, { place: { kabul: ['Kobul'] } });
    expect(docs.find((d) => d.id === 'kabul')?.names).toContain('Kobul');
    expect(docs.filter((d) => d.names.includes('Kobul'))).toHaveLength(1);
  });
});
