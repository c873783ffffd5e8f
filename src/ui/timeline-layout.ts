/**
 * Where marks, labels and programme lanes go on the timeline. Pure, so placement is tested without a
 * DOM: fractions of the axis for what scales with it, pixels for what must not collide (labels, dots).
 */
import { getDateSpan, isPreciseDate } from '../model/dates.ts';
import type { AtlasIndex } from '../model/indexes.ts';

export interface EventMark {
  id: string;
  /** Left edge, 0..1: the date itself when it is known, the earliest it may be when it is not. */
  start: number;
  /** Width, 0..1; 0 for an event known to the day, month or year. */
  width: number;
  /** Where the point sits, 0..1: `start` for a known date, somewhere in the range for an uncertain one. */
  at: number;
  precise: boolean;
  milestone: boolean;
  year: number;
  /** Row inside its lane (milestones and other events each have their own). */
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

/**
 * Marks for every event in date order. A known date is a point in the middle of the period it names;
 * an uncertain one is a light bar over all it may mean, with its point at the earliest free place in
 * that range. Only points take room: a point closer than `minGap` to another of its lane slides along
 * its own uncertain range or else goes into a new row; a bar never pushes anything.
 */
export function layoutEventMarks(index: AtlasIndex, minGap = 0.012): EventMark[] {
  const { min, max } = index.yearRange;
  const rowEnds = { milestone: [] as number[], other: [] as number[] };
  return index.eventsByDate.map((event) => {
    const span = getDateSpan(event.date);
    const precise = isPreciseDate(event.date);
    const start = placeOnAxis(precise ? (span.start + span.end) / 2 : span.start, min, max);
    const width = precise ? 0 : placeOnAxis(span.end, min, max) - start;
    // An uncertain point may sit anywhere in its range but not beyond it.
    const latest = precise ? start : Math.max(start, start + width - minGap / 2);
    const ends = event.milestone ? rowEnds.milestone : rowEnds.other;
    let row = ends.findIndex((end) => Math.max(start, end) <= latest);
    if (row === -1) row = ends.push(Number.NEGATIVE_INFINITY) - 1;
    const at = Math.max(start, ends[row] ?? start);
    ends[row] = at + minGap;
    return {
      id: event.id,
      start,
      width,
      at,
      precise,
      milestone: event.milestone,
      year: event.date.year,
      row,
    };
  });
}

/** A period drawn as a band across the timeline, e.g. a programme's pause. */
export interface EraBand {
  /** The programme that paused. */
  id: string;
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
      return {
        id: p.id,
        label: pause.label,
        start,
        width: Math.max(placeOnAxis(pause.to, min, max) - start, 0),
      };
    }),
  );
}

/** A milestone's label to place: the pixel its mark sits at and how wide the label is. */
export interface LabelRequest {
  id: string;
  x: number;
  width: number;
}

export interface PlacedLabel {
  id: string;
  /** Left edge in pixels from the start of the axis. */
  left: number;
  /** 0 is the row nearest the marks. */
  row: number;
}

/**
 * Places labels in rows above their marks so that no two of a row come closer than `gap` pixels.
 * Each label covers its mark's pixel (so a stem can join them) and stays inside `[0, axisWidth]`; it
 * runs right from its mark, or left when that fits a lower row. Rows are added rather than a label
 * dropped or cut.
 */
export function layoutLabels(requests: readonly LabelRequest[], axisWidth: number, gap = 6): PlacedLabel[] {
  const rows: [number, number][][] = [];
  const fits = (row: [number, number][], left: number, right: number) =>
    row.every(([a, b]) => right + gap <= a || left >= b + gap);
  const clampLeft = (left: number, width: number) => Math.max(0, Math.min(left, axisWidth - width));
  const order = [...requests].sort((a, b) => a.x - b.x);
  const placed = new Map<string, PlacedLabel>();
  for (const { id, x, width } of order) {
    // The label starts a little before its mark so the mark sits under its first letters.
    const candidates = [clampLeft(x - 4, width), clampLeft(x + 4 - width, width)];
    let chosen: PlacedLabel | undefined;
    for (let row = 0; !chosen; row++) {
      const occupied = rows[row] ?? [];
      const left = candidates.find((l) => fits(occupied, l, l + width));
      if (left === undefined) continue;
      occupied.push([left, left + width]);
      rows[row] = occupied;
      chosen = { id, left, row };
    }
    placed.set(id, chosen);
  }
  return requests.map((r) => placed.get(r.id) as PlacedLabel);
}

/** A programme's lane: which row it sits in and where its label goes, in pixels. */
export interface ProgrammeLane {
  id: string;
  row: number;
  /** Left edge of the acronym, in pixels from the start of the axis. */
  labelLeft: number;
}

/**
 * Packs programmes into as few lanes as their spans and acronyms allow, like a Gantt chart whose
 * finished rows are reused. A programme's acronym sits at its start, or just before it when the axis
 * ends too soon.
 */
export function layoutProgrammeLanes(
  spans: readonly ProgrammeSpan[],
  labelWidths: ReadonlyMap<string, number>,
  axisWidth: number,
  gap = 6,
): ProgrammeLane[] {
  const extent = new Map<string, [number, number]>();
  for (const s of spans) {
    const [a, b] = extent.get(s.id) ?? [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
    extent.set(s.id, [Math.min(a, s.start * axisWidth), Math.max(b, (s.start + s.width) * axisWidth)]);
  }
  const laneEnds: number[] = [];
  return [...extent]
    .sort((a, b) => a[1][0] - b[1][0])
    .map(([id, [start, end]]) => {
      const width = labelWidths.get(id) ?? 0;
      const labelLeft = Math.max(0, Math.min(start + 2, axisWidth - width));
      const from = Math.min(start, labelLeft);
      const to = Math.max(end, labelLeft + width);
      let row = laneEnds.findIndex((e) => e + gap <= from);
      if (row === -1) row = laneEnds.push(to) - 1;
      else laneEnds[row] = to;
      return { id, row, labelLeft };
    });
}
