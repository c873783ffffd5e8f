import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AtlasEvent, EventDate } from '../../src/build/schema.ts';
import { getDateSpan, getDaysInMonth } from '../../src/model/dates.ts';
import { buildIndex } from '../../src/model/indexes.ts';
import {
  type EventMark,
  layoutEventMarks,
  layoutLabels,
  layoutPauses,
  layoutProgrammeLanes,
  layoutProgrammeSpans,
  placeOnAxis,
} from '../../src/ui/timeline-layout.ts';
import { at, loadFixtureDataset, loadFixtureIndex, programmesOf } from '../helpers.ts';

const index = loadFixtureIndex();
const { min, max } = index.yearRange;

function markOf(marks: EventMark[], id: string): EventMark {
  const mark = marks.find((m) => m.id === id);
  if (!mark) throw new Error(`no mark ${id}`);
  return mark;
}

/** Asserts that no two points of a lane's row come closer than `minGap`; bars take no room. */
function expectNoOverlap(marks: EventMark[], minGap: number): void {
  const byRow = new Map<string, EventMark[]>();
  for (const mark of marks) {
    const key = `${mark.milestone}-${mark.row}`;
    byRow.set(key, [...(byRow.get(key) ?? []), mark]);
  }
  for (const row of byRow.values()) {
    const sorted = [...row].sort((a, b) => a.at - b.at);
    for (let i = 1; i < sorted.length; i++)
      expect(at(sorted, i - 1).at + minGap).toBeLessThanOrEqual(at(sorted, i).at + 1e-12);
  }
}

describe('placeOnAxis', () => {
  it('maps the start of the first year to 0 and the end of the last to 1', () => {
    expect(placeOnAxis(1994, 1994, 2002)).toBe(0);
    expect(placeOnAxis(2003, 1994, 2002)).toBe(1);
    expect(placeOnAxis(1998.5, 1994, 2002)).toBeCloseTo(0.5, 12);
  });

  it('clamps values outside the axis', () => {
    expect(placeOnAxis(1980, 1994, 2002)).toBe(0);
    expect(placeOnAxis(2050, 1994, 2002)).toBe(1);
  });
});

describe('layoutEventMarks on the fixture', () => {
  const marks = layoutEventMarks(index);

  it('has one mark per event in date order', () => {
    expect(marks.map((m) => m.id)).toEqual(index.eventsByDate.map((e) => e.id));
  });

  it('gives precise events no width, centred in the period they name', () => {
    for (const id of ['joins-pfp', 'joins-parp']) {
      const mark = markOf(marks, id);
      const span = getDateSpan(index.eventById.get(id)?.date as EventDate);
      expect(mark.precise).toBe(true);
      expect(mark.width).toBe(0);
      expect(mark.start).toBeCloseTo(placeOnAxis((span.start + span.end) / 2, min, max), 12);
    }
    expect(markOf(marks, 'joins-parp').start).toBeCloseTo(8.5 / 9, 12);
  });

  it('spans an uncertain event over its whole range, from the range start', () => {
    const mark = markOf(marks, 'security-agreement');
    expect(mark.precise).toBe(false);
    expect(mark.start).toBe(placeOnAxis(1994, min, max));
    expect(mark.width).toBeGreaterThan(0);
    expect(mark.start + mark.width).toBeCloseTo(placeOnAxis(1997, min, max), 12);
  });

  it('carries the milestone flag and the year', () => {
    expect(markOf(marks, 'joins-pfp')).toMatchObject({ milestone: true, year: 1994 });
  });

  it('lets an uncertain range lie under other marks without pushing them into a new row', () => {
    // July 1994 lies inside the 1994–1996 range; only the points need room.
    expect(markOf(marks, 'joins-pfp').row).toBe(markOf(marks, 'security-agreement').row);
    expect(markOf(marks, 'joins-parp').row).toBe(0);
    expectNoOverlap(marks, 0.012);
  });

  it('stacks two known dates at the same point into separate rows', () => {
    const same = loadFixtureIndex((f) => {
      at(f.events, 1).date = { ...at(f.events, 0).date };
      at(f.events, 1).milestone = at(f.events, 0).milestone;
    });
    const [first, second] = [at(same.dataset.events, 0), at(same.dataset.events, 1)];
    const stacked = layoutEventMarks(same);
    expect(markOf(stacked, first.id).at).toBe(markOf(stacked, second.id).at);
    expect(markOf(stacked, first.id).row).not.toBe(markOf(stacked, second.id).row);
  });
});

describe('layoutEventMarks on random events', () => {
  const base = loadFixtureDataset();
  const template = at(base.events, 2);
  const date: fc.Arbitrary<EventDate> = fc
    .record({
      year: fc.integer({ min: 1992, max: 2016 }),
      month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      endYears: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
      approximate: fc.boolean(),
      day: fc.integer({ min: 1, max: 28 }),
      withDay: fc.boolean(),
    })
    .map(({ year, month, endYears, approximate, day, withDay }) => {
      const start =
        month === undefined
          ? { year }
          : withDay
            ? { year, month, day: Math.min(day, getDaysInMonth(year, month)) }
            : { year, month };
      return {
        ...start,
        ...(endYears === undefined ? {} : { end: { year: year + endYears } }),
        ...(approximate ? { approximate } : {}),
      };
    });

  it('never lets marks of one row overlap, and keeps marks on the axis', () => {
    fc.assert(
      fc.property(
        fc.array(date, { minLength: 1, maxLength: 30 }),
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        (dates, minGap) => {
          const events: AtlasEvent[] = dates.map((d, i) => ({ ...template, id: `e-${i}`, date: d }));
          const marks = layoutEventMarks(buildIndex({ ...base, events }), minGap);
          expect(marks).toHaveLength(events.length);
          for (const mark of marks) {
            expect(mark.start).toBeGreaterThanOrEqual(0);
            expect(mark.start + mark.width).toBeLessThanOrEqual(1 + 1e-12);
            expect(mark.width === 0).toBe(mark.precise);
            expect(mark.row).toBeGreaterThanOrEqual(0);
            // A point sits where its date may be: at a known date, inside an uncertain range.
            if (mark.precise) expect(mark.at).toBe(mark.start);
            else {
              expect(mark.at).toBeGreaterThanOrEqual(mark.start);
              expect(mark.at).toBeLessThanOrEqual(
                Math.max(mark.start, mark.start + mark.width - minGap / 2) + 1e-12,
              );
            }
          }
          expectNoOverlap(marks, minGap);
        },
      ),
    );
  });
});

describe('layoutProgrammeSpans', () => {
  it('runs an open programme to the end of the axis', () => {
    expect(layoutProgrammeSpans(index)).toEqual([
      { id: 'pfp', label: 'PfP', start: 0, width: 1 },
      { id: 'parp', label: 'PARP', start: 8 / 9, width: expect.closeTo(1 / 9, 12) },
    ]);
  });

  it('runs a closed programme to the end of its last year, like an open one to the end of the axis', () => {
    // until is inclusive: the checks accept until === since, and an open programme ends at max + 1.
    const closed = loadFixtureIndex((f) => {
      at(programmesOf(f), 0).until = 1998;
    });
    const [pfp] = layoutProgrammeSpans(closed);
    expect(pfp?.start).toBe(0);
    expect(pfp?.width).toBeCloseTo(placeOnAxis(1999, min, max), 12);
  });

  it('gives a programme that starts and ends in the same year a visible span', () => {
    const oneYear = loadFixtureIndex((f) => {
      at(programmesOf(f), 0).until = 1994;
    });
    expect(at(layoutProgrammeSpans(oneYear), 0).width).toBeCloseTo(1 / 9, 12);
  });

  it('clamps a programme that starts before the axis', () => {
    const early = loadFixtureIndex((f) => {
      at(programmesOf(f), 0).since = 1990;
    });
    expect(at(layoutProgrammeSpans(early), 0)).toMatchObject({ start: 0, width: 1 });
  });
});

describe('programme pauses', () => {
  // pfp runs 1994 to the end of 2002 (the axis); it pauses in 1996 and resumes in 1999.
  const paused = loadFixtureIndex((f) => {
    at(programmesOf(f), 0).pauses = [{ from: 1996, to: 1999, label: 'A pause' }];
  });
  const axis = (year: number) => placeOnAxis(year, min, max);

  it('breaks the span of a paused programme, keeping the years it was active', () => {
    const pfp = layoutProgrammeSpans(paused).filter((s) => s.id === 'pfp');
    expect(pfp).toHaveLength(2);
    const [before, after] = pfp;
    // Active through 1996, the year the pause starts.
    expect(before?.start).toBe(axis(1994));
    expect(before?.width).toBeCloseTo(axis(1997) - axis(1994), 12);
    // Active again from 1999, the year it ends, to the end of the axis.
    expect(after?.start).toBeCloseTo(axis(1999), 12);
    expect((after?.start ?? 0) + (after?.width ?? 0)).toBeCloseTo(1, 12);
    expect(layoutProgrammeSpans(paused).filter((s) => s.id === 'parp')).toHaveLength(1);
  });

  it('draws each pause as a labelled band between the spans', () => {
    const bands = layoutPauses(paused);
    expect(bands).toHaveLength(1);
    expect(bands[0]?.label).toBe('A pause');
    expect(bands[0]?.start).toBeCloseTo(axis(1997), 12);
    expect(bands[0]?.width).toBeCloseTo(axis(1999) - axis(1997), 12);
    const [before, after] = layoutProgrammeSpans(paused);
    expect((before?.start ?? 0) + (before?.width ?? 0)).toBeCloseTo(bands[0]?.start ?? Number.NaN, 12);
    expect((bands[0]?.start ?? 0) + (bands[0]?.width ?? 0)).toBeCloseTo(after?.start ?? Number.NaN, 12);
  });

  it('has no bands without pauses', () => {
    expect(layoutPauses(index)).toEqual([]);
  });

  it('orders several pauses by year, whatever their order in the file', () => {
    const twice = loadFixtureIndex((f) => {
      at(programmesOf(f), 0).pauses = [
        { from: 2000, to: 2001, label: 'Second' },
        { from: 1995, to: 1997, label: 'First' },
      ];
    });
    const pfp = layoutProgrammeSpans(twice).filter((s) => s.id === 'pfp');
    expect(pfp.map((s) => s.start)).toEqual([...pfp.map((s) => s.start)].sort((a, b) => a - b));
    expect(pfp).toHaveLength(3);
    for (let i = 1; i < pfp.length; i++) {
      const previous = at(pfp, i - 1);
      expect(previous.start + previous.width).toBeLessThanOrEqual(at(pfp, i).start + 1e-12);
    }
  });
});

describe('layoutLabels', () => {
  const request = fc.record({
    x: fc.double({ min: 0, max: 1000, noNaN: true }),
    width: fc.double({ min: 10, max: 200, noNaN: true }),
  });

  it('places every label, inside the axis, over its mark, with no two of a row closer than the gap', () => {
    fc.assert(
      fc.property(fc.array(request, { maxLength: 40 }), fc.integer({ min: 0, max: 12 }), (items, gap) => {
        const requests = items.map((r, i) => ({ id: `m${i}`, ...r }));
        const labels = layoutLabels(requests, 1000, gap);
        expect(labels.map((l) => l.id)).toEqual(requests.map((r) => r.id));
        for (const [i, label] of labels.entries()) {
          const { x, width } = at(requests, i);
          expect(label.left).toBeGreaterThanOrEqual(0);
          expect(label.left + width).toBeLessThanOrEqual(1000 + 1e-9);
          expect(label.left).toBeLessThanOrEqual(x + 1e-9);
          expect(label.left + width).toBeGreaterThanOrEqual(x - 1e-9);
          for (const [j, other] of labels.entries()) {
            if (j <= i || other.row !== label.row) continue;
            const o = at(requests, j);
            const apart =
              label.left + width + gap <= other.left + 1e-9 ||
              other.left + o.width + gap <= label.left + 1e-9;
            expect(apart).toBe(true);
          }
        }
      }),
    );
  });

  it('keeps labels that fit side by side in one row, and stacks those that do not', () => {
    const spread = layoutLabels(
      [
        { id: 'a', x: 10, width: 50 },
        { id: 'b', x: 200, width: 50 },
      ],
      1000,
    );
    expect(spread.map((l) => l.row)).toEqual([0, 0]);
    const crowded = layoutLabels(
      [
        { id: 'a', x: 100, width: 80 },
        { id: 'b', x: 110, width: 80 },
        { id: 'c', x: 120, width: 80 },
      ],
      1000,
    );
    expect(new Set(crowded.map((l) => l.row)).size).toBeGreaterThan(1);
  });

  it('turns a label left at the end of the axis instead of cutting it', () => {
    const [label] = layoutLabels([{ id: 'end', x: 995, width: 120 }], 1000);
    expect(label?.left).toBe(880);
  });
});

describe('layoutProgrammeLanes', () => {
  it('reuses a lane once its programme has ended and puts running ones in lanes of their own', () => {
    const spans = [
      { id: 'a', label: 'A', start: 0, width: 0.2 },
      { id: 'b', label: 'B', start: 0.1, width: 0.9 },
      { id: 'c', label: 'C', start: 0.5, width: 0.5 },
    ];
    const widths = new Map([
      ['a', 20],
      ['b', 20],
      ['c', 20],
    ]);
    const lanes = layoutProgrammeLanes(spans, widths, 1000);
    const row = (id: string) => lanes.find((l) => l.id === id)?.row;
    expect(row('a')).toBe(0);
    expect(row('b')).toBe(1);
    expect(row('c')).toBe(0);
  });

  it('gives every programme of the fixture one lane and keeps its label on the axis', () => {
    const spans = layoutProgrammeSpans(index);
    const widths = new Map(spans.map((s) => [s.id, 200]));
    const lanes = layoutProgrammeLanes(spans, widths, 300);
    expect(lanes.map((l) => l.id).sort()).toEqual(index.dataset.programmes.map((p) => p.id).sort());
    for (const lane of lanes) expect(lane.labelLeft + 200).toBeLessThanOrEqual(300);
  });
});
