import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateProjectData } from '../../scripts/project-data.ts';
import { readTermTable, renderCountryNames, renderRussianDates } from '../../scripts/project-translations.ts';
import { checkRussianColons, checkTerms } from '../../src/build/wording-check.ts';
import { setMessages } from '../../src/i18n/locale.ts';
import { en } from '../../src/i18n/messages-en.ts';
import { ru } from '../../src/i18n/messages-ru.ts';

const ROOT = join(import.meta.dirname, '../..');
const dataset = validateProjectData(ROOT).dataset;

describe('the Russian dates as the page writes them', () => {
  it('have no colon standing in for grammar', () => {
    if (!dataset) throw new Error('the project data does not load');
    const rendered = renderRussianDates(dataset);
    expect(rendered).toHaveLength(dataset.events.length);
    expect(checkRussianColons(rendered)).toEqual([]);
    // An event whose year is the page's and whose day comes from elsewhere.
    expect(rendered.find((t) => t.path.startsWith('events/joins-pfp '))?.text).toBe(
      '13 июля 1994 г. · дата: год — со страницы НАТО; месяц и день — из другого источника',
    );
  });

  it('are caught when the catalogue chains labels ("дата: год: со страницы")', () => {
    if (!dataset) throw new Error('the project data does not load');
    const broken = {
      ...ru,
      datePartsBasis: (parts: string, basis: 'seed' | 'external' | 'ordinal' | 'bounds') =>
        `${parts}: ${basis === 'seed' ? 'со страницы НАТО' : 'из другого источника'}`,
    };
    const problems = checkRussianColons(renderRussianDates(dataset, broken));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.message).toMatch(/writes "дата: год: "/);
  });
});

describe('the country names the map and the panel write', () => {
  it("are checked as terms: Intl's «Киргизия» is not the edition's Кыргызстан", () => {
    const table = readTermTable(ROOT).table;
    if (!table) throw new Error('the term table does not load');
    const names = renderCountryNames('ru');
    expect(names.find((t) => t.path.startsWith('countryNames.KGZ'))?.text).toBe('Кыргызстан');
    expect(checkTerms(table, 'ru', names)).toEqual([]);
    const withoutOwn = { ...ru, countryNames: {} };
    setMessages(withoutOwn);
    try {
      const intl = names.map((t) => ({
        ...t,
        text: t.path.startsWith('countryNames.KGZ') ? 'Киргизия' : t.text,
      }));
      expect(checkTerms(table, 'ru', intl).map((p) => p.rule)).toEqual(['term-variant']);
    } finally {
      setMessages(en);
    }
  });
});
