/** Calendar arithmetic for partial dates. Pure. */
import type { EventDate, PartialDate } from './dataset.ts';

/** Days in a month, leap years included. */
export function getDaysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a partial date is impossible, or `null` when it is fine. */
export function describeInvalidDate(date: PartialDate): string | null {
  if (date.day !== undefined && date.month === undefined) return 'a day needs a month';
  if (date.month !== undefined && date.day !== undefined) {
    const days = getDaysInMonth(date.year, date.month);
    if (date.day > days) return `${date.year}-${date.month} has only ${days} days`;
  }
  return null;
}

/**
 * The earliest instant a partial date can mean, as a fractional year (1994.5 ≈ early July 1994).
 * Used to order and to place marks on the timeline.
 */
export function toFractionalYearStart(date: PartialDate): number {
  if (date.month === undefined) return date.year;
  const monthStart = (date.month - 1) / 12;
  if (date.day === undefined) return date.year + monthStart;
  return date.year + monthStart + (date.day - 1) / (12 * getDaysInMonth(date.year, date.month));
}

/** The latest instant a partial date can mean, as a fractional year (exclusive end). */
export function toFractionalYearEnd(date: PartialDate): number {
  if (date.month === undefined) return date.year + 1;
  if (date.day === undefined) return date.year + date.month / 12;
  return toFractionalYearStart(date) + 1 / (12 * getDaysInMonth(date.year, date.month));
}

/** The span a date may cover: start (inclusive) and end (exclusive), as fractional years. */
export function getDateSpan(date: EventDate): { start: number; end: number } {
  return { start: toFractionalYearStart(date), end: toFractionalYearEnd(date.end ?? date) };
}

/** True when the date is known to one day, month or year with no range and no doubt. */
export function isPreciseDate(date: EventDate): boolean {
  return date.end === undefined && date.approximate !== true;
}

/** Orders events by when they may first have happened, then by how soon they surely ended. */
export function compareDates(a: EventDate, b: EventDate): number {
  const spanA = getDateSpan(a);
  const spanB = getDateSpan(b);
  return spanA.start - spanB.start || spanA.end - spanB.end;
}
