import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventDate, PartialDate } from '../../src/build/schema.ts';
import {
  compareDates,
  describeInvalidDate,
  getDateSpan,
  getDaysInMonth,
  isPreciseDate,
  toFractionalYearEnd,
  toFractionalYearStart,
} from '../../src/model/dates.ts';

describe('getDaysInMonth', () => {
  it.each([
    [2001, 1, 31],
    [2001, 2, 28],
    [2004, 2, 29],
    [2000, 2, 29],
    [1900, 2, 28],
    [2100, 2, 28],
    [2001, 4, 30],
    [2001, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(getDaysInMonth(year, month)).toBe(days);
  });

  it('gives 365 or 366 days a year, 366 exactly in leap years', () => {
    for (let year = 1900; year <= 2100; year++) {
      let total = 0;
      for (let month = 1; month <= 12; month++) total += getDaysInMonth(year, month);
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      expect(total, String(year)).toBe(leap ? 366 : 365);
    }
  });
});

describe('describeInvalidDate', () => {
  it('accepts year, month and day precision', () => {
    expect(describeInvalidDate({ year: 1994 })).toBeNull();
    expect(describeInvalidDate({ year: 1994, month: 7 })).toBeNull();
    expect(describeInvalidDate({ year: 1994, month: 7, day: 13 })).toBeNull();
    expect(describeInvalidDate({ year: 2004, month: 2, day: 29 })).toBeNull();
  });

  it('rejects a day without a month', () => {
    expect(describeInvalidDate({ year: 1994, day: 13 })).toBe('a day needs a month');
  });

  it('rejects days past the end of the month', () => {
    expect(describeInvalidDate({ year: 2001, month: 2, day: 30 })).toBe('2001-2 has only 28 days');
    expect(describeInvalidDate({ year: 2003, month: 2, day: 29 })).toBe('2003-2 has only 28 days');
    expect(describeInvalidDate({ year: 2001, month: 4, day: 31 })).toBe('2001-4 has only 30 days');
  });
});

describe('toFractionalYearStart / toFractionalYearEnd', () => {
  it('spans the whole year for a year', () => {
    expect(toFractionalYearStart({ year: 1994 })).toBe(1994);
    expect(toFractionalYearEnd({ year: 1994 })).toBe(1995);
  });

  it('spans a twelfth of the year for a month', () => {
    expect(toFractionalYearStart({ year: 1994, month: 1 })).toBe(1994);
    expect(toFractionalYearStart({ year: 1994, month: 7 })).toBeCloseTo(1994.5, 10);
    expect(toFractionalYearEnd({ year: 1994, month: 7 })).toBeCloseTo(1994 + 7 / 12, 10);
    expect(toFractionalYearEnd({ year: 1994, month: 12 })).toBeCloseTo(1995, 10);
  });

  it('spans one day within its month for a day', () => {
    const start = toFractionalYearStart({ year: 1994, month: 7, day: 13 });
    const end = toFractionalYearEnd({ year: 1994, month: 7, day: 13 });
    expect(start).toBeCloseTo(1994.5 + 12 / (12 * 31), 10);
    expect(end - start).toBeCloseTo(1 / (12 * 31), 10);
    expect(toFractionalYearStart({ year: 1994, month: 7, day: 1 })).toBeCloseTo(1994.5, 10);
    expect(toFractionalYearEnd({ year: 1994, month: 7, day: 31 })).toBeCloseTo(1994 + 7 / 12, 10);
  });

  it('nests day within month within year', () => {
    const day = fc
      .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) })
      .chain(({ year, month }) =>
        fc.record({
          year: fc.constant(year),
          month: fc.constant(month),
          day: fc.integer({ min: 1, max: getDaysInMonth(year, month) }),
        }),
      );
    fc.assert(
      fc.property(day, (date) => {
        const month = { year: date.year, month: date.month };
        const year = { year: date.year };
        const eps = 1e-9;
        expect(toFractionalYearStart(date)).toBeLessThan(toFractionalYearEnd(date));
        expect(toFractionalYearStart(date)).toBeGreaterThanOrEqual(toFractionalYearStart(month) - eps);
        expect(toFractionalYearEnd(date)).toBeLessThanOrEqual(toFractionalYearEnd(month) + eps);
        expect(toFractionalYearStart(month)).toBeGreaterThanOrEqual(toFractionalYearStart(year));
        expect(toFractionalYearEnd(month)).toBeLessThanOrEqual(toFractionalYearEnd(year) + eps);
      }),
    );
  });
});

describe('getDateSpan', () => {
  it('uses the date itself when there is no end', () => {
    expect(getDateSpan({ year: 2002 })).toEqual({ start: 2002, end: 2003 });
  });

  it('runs from the start of the start to the end of the end for a range', () => {
    expect(getDateSpan({ year: 1994, end: { year: 1996 }, approximate: true })).toEqual({
      start: 1994,
      end: 1997,
    });
    const span = getDateSpan({ year: 2003, month: 4, end: { year: 2003, month: 6 } });
    expect(span.start).toBeCloseTo(2003 + 3 / 12, 10);
    expect(span.end).toBeCloseTo(2003.5, 10);
  });
});

describe('isPreciseDate', () => {
  it('is true for a single date known to the year, month or day', () => {
    expect(isPreciseDate({ year: 2002 })).toBe(true);
    expect(isPreciseDate({ year: 2002, month: 4 })).toBe(true);
    expect(isPreciseDate({ year: 2002, month: 4, day: 1 })).toBe(true);
    expect(isPreciseDate({ year: 2002, approximate: false })).toBe(true);
  });

  it('is false for ranges and approximate dates', () => {
    expect(isPreciseDate({ year: 1994, end: { year: 1996 } })).toBe(false);
    expect(isPreciseDate({ year: 1996, approximate: true })).toBe(false);
    expect(isPreciseDate({ year: 1994, end: { year: 1996 }, approximate: true })).toBe(false);
  });
});

describe('compareDates', () => {
  const sort = (dates: EventDate[]) => [...dates].sort(compareDates);

  it('orders by the earliest possible start', () => {
    const a: EventDate = { year: 1994, month: 7, day: 13 };
    const b: EventDate = { year: 1994, month: 8 };
    const c: EventDate = { year: 2002 };
    expect(sort([c, b, a])).toEqual([a, b, c]);
    expect(compareDates(a, c)).toBeLessThan(0);
    expect(compareDates(c, a)).toBeGreaterThan(0);
  });

  it('puts an uncertain range by its earliest start, before precise dates inside it', () => {
    const range: EventDate = { year: 1994, end: { year: 1996 }, approximate: true };
    const july: EventDate = { year: 1994, month: 7, day: 13 };
    const later: EventDate = { year: 1995 };
    expect(sort([later, july, range])).toEqual([range, july, later]);
  });

  it('breaks ties on the start by the earlier end', () => {
    const year: EventDate = { year: 1994 };
    const range: EventDate = { year: 1994, end: { year: 1996 } };
    const january: EventDate = { year: 1994, month: 1 };
    expect(sort([range, year, january])).toEqual([january, year, range]);
  });

  it('is zero for the same span and antisymmetric', () => {
    expect(compareDates({ year: 2002 }, { year: 2002, approximate: true })).toBe(0);
    const date = fc.record(
      {
        year: fc.integer({ min: 1990, max: 2020 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
      },
      { requiredKeys: ['year'] },
    );
    const withMonthForDay = date.map(
      (d): PartialDate => (d.day !== undefined && d.month === undefined ? { year: d.year } : d),
    );
    fc.assert(
      fc.property(withMonthForDay, withMonthForDay, (a, b) => {
        expect(Math.sign(compareDates(a, b))).toBe(-Math.sign(compareDates(b, a)) || 0);
      }),
    );
  });
});
