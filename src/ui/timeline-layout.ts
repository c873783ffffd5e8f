/**
 * Where marks and spans go on the timeline, as fractions of its width. Pure, so placement is tested
 * without a DOM.
 */
import { getDateSpan, isPreciseDate } from '../model/dates.ts';
import type { AtlasIndex } from '../model/indexes.ts';

export interface EventMark {
  id: string;
  /** Left edge, 0..1. */
  start: number;
  /** Width, 0..1; 0 for an event known to the day or month. */
  width: number;
  precise: boolean;
  milestone: boolean;
  year: number;
  /** Row, so marks that share a place on the axis stack instead of covering each other. */
  row: number;
}

export interface ProgrammeSpan {
  id: string;
  label: string;
  start: number;
  width: number;
}

/** Fraction of the axis for a fractional year; the axis runs from `min` to the end of `max`. */
export function placeOnAxis(value: number, min: number, max: number): number {
  return Math.min(1, Math.max(0, (value - min) / (max + 1 - min)));
}

/** Marks for every event, stacked into rows where they would touch. */
export function layoutEventMarks(index: AtlasIndex, minGap = 0.012): EventMark[] {
  const { min, max } = index.yearRange;
  const rowEnds: number[] = [];
  return index.eventsByDate.map((event) => {
    const span = getDateSpan(event.date);
    const precise = isPreciseDate(event.date);
    // A known date sits in the middle of the period it names; an uncertain one spans all it may mean.
    const start = placeOnAxis(precise ? (span.start + span.end) / 2 : span.start, min, max);
    const width = precise ? 0 : placeOnAxis(span.end, min, max) - start;
    const drawnEnd = start + Math.max(width, minGap);
    let row = rowEnds.findIndex((rowEnd) => rowEnd <= start);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(drawnEnd);
    } else rowEnds[row] = drawnEnd;
    return { id: event.id, start, width, precise, milestone: event.milestone, year: event.date.year, row };
  });
}

/** A period drawn as a band across the timeline, e.g. a programme's pause. */
export interface EraBand {
  label: string;
  start: number;
  width: number;
}

/**
 * Each programme as spans from its start to its end (or the end of the axis), broken where it paused.
 */
export function layoutProgrammeSpans(index: AtlasIndex): ProgrammeSpan[] {
  const { min, max } = index.yearRange;
  return index.dataset.programmes.flatMap((p) => {
    const periods: [number, number][] = [];
    let from = p.since;
    for (const pause of [...(p.pauses ?? [])].sort((a, b) => a.from - b.from)) {
      // A pause that starts in a year leaves that year active; activity resumes in the year it ends.
      periods.push([from, pause.from + 1]);
      from = pause.to;
    }
    periods.push([from, (p.until ?? max) + 1]);
    return periods
      .filter(([a, b]) => b > a)
      .map(([a, b]) => {
        const start = placeOnAxis(a, min, max);
        return { id: p.id, label: p.acronym, start, width: Math.max(placeOnAxis(b, min, max) - start, 0) };
      });
  });
}

/** Every programme pause as a band, labelled. */
export function layoutPauses(index: AtlasIndex): EraBand[] {
  const { min, max } = index.yearRange;
  return index.dataset.programmes.flatMap((p) =>
    (p.pauses ?? []).map((pause) => {
      const start = placeOnAxis(pause.from + 1, min, max);
      return { label: pause.label, start, width: Math.max(placeOnAxis(pause.to, min, max) - start, 0) };
    }),
  );
}
