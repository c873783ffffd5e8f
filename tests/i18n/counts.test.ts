/** The catalogues' counted phrases, for the numbers whose forms differ (0, 1, 2, 5, 11, 21, 22, 43, 101). */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/messages-en.ts';
import { ru } from '../../src/i18n/messages-ru.ts';
import { uz } from '../../src/i18n/messages-uz.ts';

const NS = [0, 1, 2, 5, 11, 21, 22, 43, 101] as const;
const each = (f: (n: number) => string) => NS.map(f);

describe('Russian counts', () => {
  it('stand in the nominative alone', () => {
    expect(each(ru.eventCount)).toEqual([
      '0 событий',
      '1 событие',
      '2 события',
      '5 событий',
      '11 событий',
      '21 событие',
      '22 события',
      '43 события',
      '101 событие',
    ]);
    expect(each((n) => ru.announcePlace('Термез', n))[1]).toBe('Термез, 1 событие');
    expect(each(ru.searchCount)).toEqual([
      '0 результатов',
      '1 результат',
      '2 результата',
      '5 результатов',
      '11 результатов',
      '21 результат',
      '22 результата',
      '43 результата',
      '101 результат',
    ]);
  });

  it('take the genitive after «из»', () => {
    const genitive = [
      '0 событий',
      '1 события',
      '2 событий',
      '5 событий',
      '11 событий',
      '21 события',
      '22 событий',
      '43 событий',
      '101 события',
    ];
    expect(each((n) => ru.themesSome(12, n, 'Наука'))).toEqual(
      genitive.map((g) => `Показано 12 из ${g}: Наука`),
    );
    expect(each((n) => ru.happenedBy(20, n, 2005))).toEqual(
      genitive.map((g) => `К концу 2005 года произошло 20 из ${g}.`),
    );
  });

  it('say «ни одного события» for none', () => {
    expect(ru.yearSummary(2007, 0, 12)).toBe('2007: в этом году ни одного события, всего к тому времени 12');
    expect(ru.yearSummary(2007, 21, 22)).toBe('2007: в этом году 21 событие, всего к тому времени 22');
    expect(ru.noEventInYear(2007)).toBe('На 2007 год не приходится ни одного датированного события.');
  });

  it('agree the verb with the count of problems', () => {
    expect(each(ru.problemsFound).map((s) => s.slice(0, s.indexOf('.')))).toEqual([
      'В файлах данных найдено 0 ошибок',
      'В файлах данных найдена 1 ошибка',
      'В файлах данных найдены 2 ошибки',
      'В файлах данных найдено 5 ошибок',
      'В файлах данных найдено 11 ошибок',
      'В файлах данных найдена 21 ошибка',
      'В файлах данных найдены 22 ошибки',
      'В файлах данных найдены 43 ошибки',
      'В файлах данных найдена 101 ошибка',
    ]);
    expect(each(ru.pageRouteKicker)[4]).toBe('Транзитный маршрут · 11 остановок');
  });
});

describe('Uzbek counts', () => {
  it('keep the noun singular after a number, with "ta"', () => {
    expect(each(uz.eventCount)).toEqual(NS.map((n) => `${n} ta voqea`));
    expect(each((n) => uz.themesSome(12, n, 'Fan'))).toEqual(
      NS.map((n) => `${n} ta voqeadan 12 tasi koʻrsatilmoqda: Fan`),
    );
    expect(each((n) => uz.happenedBy(20, n, 2005))).toEqual(
      NS.map((n) => `2005-yil oxirigacha ${n} ta voqeadan 20 tasi boʻlib oʻtgan.`),
    );
    expect(each(uz.searchCount)).toEqual(NS.map((n) => `${n} ta natija`));
  });

  it('say there was no event rather than "0 ta voqea"', () => {
    expect(uz.yearSummary(2007, 0, 12)).toBe('2007: bu yil hech bir voqea yoʻq, shu vaqtgacha jami 12');
    expect(uz.yearSummary(2007, 43, 43)).toBe('2007: bu yil 43 ta voqea, shu vaqtgacha jami 43');
  });
});

describe('English counts', () => {
  it('take one and other', () => {
    expect(each(en.eventCount)).toEqual(NS.map((n) => `${n} ${n === 1 ? 'event' : 'events'}`));
    expect(each((n) => en.themesSome(12, n, 'Science'))).toEqual(
      NS.map((n) => `Showing 12 of ${n} ${n === 1 ? 'event' : 'events'}: Science`),
    );
    expect(en.yearSummary(2007, 0, 12)).toBe('2007: no events this year, 12 by then');
    expect(en.yearSummary(2007, 1, 12)).toBe('2007: 1 event this year, 12 by then');
  });
});
