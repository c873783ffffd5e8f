import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Programme } from '../../src/build/schema.ts';
import { DATE_BASES, type EventDate } from '../../src/build/schema.ts';
import { setMessages } from '../../src/i18n/locale.ts';
import { en } from '../../src/i18n/messages-en.ts';
import { ru } from '../../src/i18n/messages-ru.ts';
import { uz } from '../../src/i18n/messages-uz.ts';
import {
  describeDateBasis,
  describeEventDateBasis,
  describeProgrammeSpan,
  describeSourceSite,
  formatCoordinates,
  formatEventDate,
  formatKm,
} from '../../src/ui/format.ts';

describe('formatEventDate', () => {
  it.each<[string, EventDate, string]>([
    ['a day', { year: 1994, month: 7, day: 13 }, '13 July 1994'],
    ['a month', { year: 2003, month: 4 }, 'April 2003'],
    ['a year', { year: 2002 }, '2002'],
    ['January and December', { year: 2001, month: 12, day: 1 }, '1 December 2001'],
    [
      'days in one month',
      { year: 2001, month: 10, day: 5, end: { year: 2001, month: 10, day: 7 } },
      '5\u2009–\u20097 October 2001',
    ],
    [
      'months in one year',
      { year: 2003, month: 4, end: { year: 2003, month: 6 } },
      'April\u2009–\u2009June 2003',
    ],
    ['years', { year: 1994, end: { year: 1996 } }, '1994–1996'],
    [
      'days across months',
      { year: 2001, month: 10, day: 30, end: { year: 2001, month: 11, day: 2 } },
      '30 October\u2009–\u20092 November 2001',
    ],
    [
      'months across years',
      { year: 2001, month: 11, end: { year: 2002, month: 2 } },
      'November 2001–February 2002',
    ],
    ['an approximate year', { year: 1996, approximate: true }, 'about 1996'],
    ['an approximate month', { year: 1996, month: 5, approximate: true }, 'about May 1996'],
    [
      'an approximate range of years',
      { year: 1994, end: { year: 1996 }, approximate: true },
      'between 1994 and 1996',
    ],
    [
      'an approximate range of months',
      { year: 2003, month: 4, end: { year: 2003, month: 6 }, approximate: true },
      'between April 2003 and June 2003',
    ],
  ])('formats %s', (_label, date, expected) => {
    expect(formatEventDate(date)).toBe(expected);
  });
});

describe('describeDateBasis', () => {
  it('explains each basis', () => {
    expect(describeDateBasis('seed')).toBe('date from the NATO page');
    expect(describeDateBasis('external')).toBe('date from another source');
    expect(describeDateBasis('ordinal')).toBe('date inferred from the order of NATO’s page');
  });

  it('gives a distinct text for every basis', () => {
    const texts = DATE_BASES.map(describeDateBasis);
    expect(new Set(texts).size).toBe(DATE_BASES.length);
    for (const text of texts) expect(text).toMatch(/^date /);
  });
});

describe('describeEventDateBasis', () => {
  const base = {
    id: 'e',
    title: 'E',
    summary: 'S',
    placeIds: ['p'],
    programmeIds: [],
    milestone: false,
    themes: ['framework' as const],
    sources: [{ id: 't', title: 'T', url: 'https://example.org/t', site: 'Example' }],
  };

  it('says which part of a date comes from where when the parts differ', () => {
    expect(
      describeEventDateBasis({
        ...base,
        date: { year: 1994, month: 7, day: 13 },
        dateBasis: 'seed',
        partBases: { month: 'external', day: 'external' },
      }),
    ).toBe("date: year stated on NATO's page; month and day from another source");
    expect(
      describeEventDateBasis({
        ...base,
        date: { year: 2011, month: 1, day: 24 },
        dateBasis: 'external',
        partBases: { month: 'seed' },
      }),
    ).toBe("date: year and day from another source; month stated on NATO's page");
  });

  it('keeps the one-basis label when every part is known the same way', () => {
    expect(describeEventDateBasis({ ...base, date: { year: 2002 }, dateBasis: 'seed' })).toBe(
      'date from the NATO page',
    );
  });

  it('labels the Partnership for Peace milestone by how its day is known', () => {
    const events = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/events.json'), 'utf8'));
    const pfp = events.find((e: { id: string }) => e.id === 'joins-pfp');
    const label = describeEventDateBasis(pfp);
    expect(label).toContain('from another source');
    expect(label).not.toBe('date from the NATO page');
  });
});

describe('formatKm', () => {
  it.each([
    [0, '0 km'],
    [0.4, '0 km'],
    [12.5, '13 km'],
    [882.699, '883 km'],
    [1234.4, '1,234 km'],
    [1234567.8, '1,234,568 km'],
  ])('formats %d as %s', (km, expected) => {
    expect(formatKm(km)).toBe(expected);
  });
});

describe('describeSourceSite', () => {
  it('prefers the named site, then the URL host without www, else nothing', () => {
    expect(describeSourceSite({ title: 'A', url: 'https://www.nato.int/x', site: 'NATO' })).toBe('NATO');
    expect(describeSourceSite({ title: 'A', url: 'https://www.nato.int/cps/en' })).toBe('nato.int');
    expect(describeSourceSite({ title: 'A', url: 'http://eurasianet.org/a' })).toBe('eurasianet.org');
    expect(describeSourceSite({ title: 'A' })).toBeNull();
  });
});

describe('describeProgrammeSpan', () => {
  const base: Programme = {
    id: 'p',
    acronym: 'P',
    name: 'P',
    summary: 'P.',
    since: 1996,
    parentId: null,
    sources: [{ id: 'a', title: 'A', url: 'https://example.org/a', site: 'Example' }],
  };
  it('gives firm spans plainly and names each doubt', () => {
    expect(describeProgrammeSpan({ ...base, until: 1997 })).toBe('1996–1997');
    expect(describeProgrammeSpan(base)).toBe('since 1996');
    expect(describeProgrammeSpan({ ...base, until: 2014, untilUncertain: true })).toBe(
      '1996–2014, ended by 2014, exact end unknown',
    );
    expect(describeProgrammeSpan({ ...base, sinceUncertain: true })).toBe('since 1996, start uncertain');
    expect(describeProgrammeSpan({ ...base, sinceUncertain: true, untilUncertain: true })).toBe(
      'since 1996, start uncertain, end unknown',
    );
  });
});

describe('in Uzbek and Russian', () => {
  afterEach(() => setMessages(en));

  it('writes dates, distances and doubts with Intl in the page language', () => {
    setMessages(uz);
    expect(formatEventDate({ year: 1994, month: 7, day: 13 })).toBe('1994-yil 13-iyul');
    expect(formatEventDate({ year: 2016, month: 3 })).toBe('2016-yil mart');
    expect(formatEventDate({ year: 2010, month: 5, day: 23, end: { year: 2010, month: 5, day: 27 } })).toBe(
      '2010-yil 23–27-may',
    );
    expect(formatEventDate({ year: 1994, end: { year: 1996 } })).toBe('1994–1996');
    expect(formatEventDate({ year: 1996, approximate: true })).toBe('taxminan 1996');
    expect(formatKm(1234.4)).toBe('1\u00a0234 km');
    setMessages(ru);
    expect(formatEventDate({ year: 1994, month: 7, day: 13 })).toBe('13 июля 1994 г.');
    expect(formatEventDate({ year: 2001, month: 10, day: 5, end: { year: 2001, month: 10, day: 7 } })).toBe(
      '5–7 октября 2001\u202fг.',
    );
    expect(formatKm(1234.4)).toBe('1\u00a0234 км');
    expect(describeDateBasis('seed')).toBe('дата со страницы НАТО');
  });

  it('gives an uncertain span in Russian without a preposition that would decline the month', () => {
    setMessages(ru);
    // "в период июнь 1995 г." put a nominative month after a preposition that takes the genitive.
    const span = formatEventDate({ year: 1992, end: { year: 2016, month: 3 }, approximate: true });
    expect(span).toBe('1992 — март 2016 г.');
    expect(formatEventDate({ year: 2010, month: 6, end: { year: 2010, month: 8 }, approximate: true })).toBe(
      'июнь 2010 г. — август 2010 г.',
    );
    expect(formatEventDate({ year: 1994, end: { year: 1996 }, approximate: true })).toBe(
      'между 1994 и 1996 годами',
    );
  });

  it('declines a Russian year after «около» and shortens a month date to «прибл.»', () => {
    setMessages(ru);
    expect(formatEventDate({ year: 1996, approximate: true })).toBe('около 1996 года');
    expect(formatEventDate({ year: 1996, month: 3, approximate: true })).toBe('прибл. март 1996 г.');
  });

  it("writes coordinates with the language's decimal sign", () => {
    setMessages(ru);
    expect(formatCoordinates([69.24, 41.3])).toBe('41,300° с. ш., 69,240° в. д.');
    setMessages(uz);
    expect(formatCoordinates([69.24, 41.3])).toBe('41,300° sh.k., 69,240° sh.u.');
    setMessages(en);
    expect(formatCoordinates([69.24, 41.3])).toBe('41.300° N, 69.240° E');
  });
});
