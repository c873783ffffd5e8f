import { describe, expect, it } from 'vitest';
import {
  type CheckedText,
  checkRussianColons,
  checkRussianYo,
  checkTerms,
  type TermTable,
} from '../../src/build/wording-check.ts';

const table: TermTable = {
  about: '',
  terms: [
    {
      id: 'tunnel',
      term: 'tunnel',
      en: '\\btunnel',
      source: 'review',
      ru: { form: 'тоннель', accept: ['тоннел'], avoid: ['[Тт]уннел'] },
    },
    { id: 'kabul', term: 'Kabul', source: 'terms.md', uz: { form: 'Kobul', avoid: ['Kabul'] } },
  ],
};

const text = (t: string, english?: string): CheckedText => ({
  file: 'data/i18n/ru.json',
  path: '$.x',
  label: 'places/x/summary',
  text: t,
  ...(english === undefined ? {} : { english }),
});

describe('checkTerms', () => {
  it('finds another rendering of a term, quoting the whole word', () => {
    const problems = checkTerms(table, 'ru', [text('Дорога идет через туннелем Саланг.')]);
    expect(problems.map((p) => [p.rule, p.message])).toEqual([
      [
        'term-variant',
        'places/x/summary writes "туннелем" for tunnel; the edition writes "тоннель" (data/terms.json, tunnel)',
      ],
    ]);
  });

  it('finds a term the English names and the translation drops', () => {
    expect(
      checkTerms(table, 'ru', [text('Дорога идет через Саланг.', 'through the Salang tunnel')]),
    ).toHaveLength(1);
    expect(checkTerms(table, 'ru', [text('через тоннель Саланг', 'through the Salang tunnel')])).toEqual([]);
  });

  it('meets a pattern only at a word start and only in its language', () => {
    expect(checkTerms(table, 'uz', [text('Kobul; Kabulov')])).toHaveLength(1);
    expect(checkTerms(table, 'uz', [text('NeKabul')])).toEqual([]);
    expect(checkTerms(table, 'ru', [text('Kabul')])).toEqual([]);
  });
});

describe('checkRussianYo', () => {
  it('names every word written with ё, once each', () => {
    const [problem] = checkRussianYo([text('Ещё идёт работа, ещё одна.')]);
    expect(problem?.rule).toBe('ru-yo');
    expect(problem?.message).toContain('writes ё in "Ещё", "идёт", "ещё"');
    expect(checkRussianYo([text('Еще идет работа.')])).toEqual([]);
  });
});

describe('checkRussianColons', () => {
  it('finds a colon after a preposition and two labels in a row', () => {
    for (const bad of ['около: 1996', '640 км от: Ташкент', 'дата: год: со страницы НАТО', 'в период: июнь'])
      expect(
        checkRussianColons([text(bad)]).map((p) => p.rule),
        bad,
      ).toEqual(['ru-colon']);
  });

  it('lets a label colon stand', () => {
    for (const good of ['Клавиши: [ — предыдущая глава', 'дата: год — со страницы НАТО', 'около 1996 года'])
      expect(checkRussianColons([text(good)]), good).toEqual([]);
  });
});
