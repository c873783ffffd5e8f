import { along, distance, length, lineString, point } from '@turf/turf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CameraSample,
  measureRoute,
  normaliseBearing,
  sampleCameraPath,
  smoothBearings,
} from '../../src/build/route.ts';
import type { LonLat } from '../../src/build/schema.ts';
import { at, loadFixtureDataset } from '../helpers.ts';

const dataset = loadFixtureDataset();
const route = measureRoute(dataset);
const joined = dataset.routeLegs.flatMap((leg, i) => (i === 0 ? leg.coordinates : leg.coordinates.slice(1)));

/** Shortest angle between two bearings, 0..180. */
function turnBetween(a: number, b: number): number {
  const d = Math.abs((((b - a) % 360) + 360) % 360);
  return Math.min(d, 360 - d);
}

function kmBetween(a: LonLat, b: LonLat): number {
  return distance(point(a), point(b), { units: 'kilometers' });
}

describe('measureRoute', () => {
  it('joins the legs without repeating the shared positions', () => {
    expect(route.coordinates).toEqual(joined);
    expect(route.coordinates).toHaveLength(5);
  });

  it('has legs summing to the total, within 1% of the joined line', () => {
    const turfKm = length(lineString(joined), { units: 'kilometers' });
    const legSum = route.legs.reduce((sum, leg) => sum + leg.km, 0);
    expect(legSum).toBeCloseTo(route.totalKm, 6);
    expect(Math.abs(route.totalKm - turfKm) / turfKm).toBeLessThan(0.01);
    // Tashkent to Kabul over Samarkand and Termez is several hundred km, not a degree count.
    expect(route.totalKm).toBeGreaterThan(700);
    expect(route.totalKm).toBeLessThan(1100);
  });

  it('chains each leg from where the previous one ends', () => {
    expect(at(route.legs, 0).startKm).toBe(0);
    route.legs.forEach((leg, i) => {
      expect(leg.endKm - leg.startKm).toBeCloseTo(leg.km, 9);
      if (i > 0) expect(leg.startKm).toBeCloseTo(at(route.legs, i - 1).endKm, 9);
    });
    expect(at(route.legs, route.legs.length - 1).endKm).toBeCloseTo(route.totalKm, 9);
    expect(route.legs.map((l) => [l.id, l.mode, l.from, l.to])).toEqual([
      ['tashkent-samarkand', 'rail', 'tashkent', 'samarkand'],
      ['samarkand-termez', 'rail', 'samarkand', 'termez'],
      ['termez-kabul', 'road', 'termez', 'kabul'],
    ]);
  });

  it('sums distances by mode', () => {
    const { rail, road, bridge } = route.kmByMode;
    expect(rail + road + bridge).toBeCloseTo(route.totalKm, 6);
    expect(rail).toBeCloseTo(at(route.legs, 0).km + at(route.legs, 1).km, 6);
    expect(road).toBeCloseTo(at(route.legs, 2).km, 6);
    expect(bridge).toBe(0);
  });

  it('measures stops in strictly increasing order along the line', () => {
    expect(route.stops.map((s) => s.placeId)).toEqual(['tashkent', 'samarkand', 'termez', 'kabul']);
    expect(at(route.stops, 0).km).toBeCloseTo(0, 6);
    for (let i = 1; i < route.stops.length; i++)
      expect(at(route.stops, i).km).toBeGreaterThan(at(route.stops, i - 1).km);
    // The fixture's stops sit on leg ends.
    expect(at(route.stops, 1).km).toBeCloseTo(at(route.legs, 0).endKm, 3);
    expect(at(route.stops, 3).km).toBeCloseTo(route.totalKm, 3);
  });

  it('keeps the narrative and events of each stop', () => {
    expect(at(route.stops, 2)).toMatchObject({ narrative: 'The border.', eventIds: ['joins-parp'] });
  });
});

describe('sampleCameraPath', () => {
  const line = lineString(route.coordinates);
  const positionAt = (km: number) => along(line, km, { units: 'kilometers' }).geometry.coordinates as LonLat;

  function expectEndsAt(samples: CameraSample[], fromKm: number, toKm: number): void {
    const first = at(samples, 0);
    const last = at(samples, samples.length - 1);
    expect(first.km).toBeCloseTo(fromKm, 9);
    expect(last.km).toBeCloseTo(toKm, 9);
    expect(kmBetween(first.position, positionAt(fromKm))).toBeLessThan(0.01);
    expect(kmBetween(last.position, positionAt(toKm))).toBeLessThan(0.01);
  }

  it('samples forward with increasing km, starting and ending at the requested km', () => {
    const samples = sampleCameraPath(route, 10, 300, 4);
    expect(samples.length).toBeGreaterThanOrEqual(Math.ceil(290 / 4) + 1);
    for (let i = 1; i < samples.length; i++) {
      expect(at(samples, i).km).toBeGreaterThan(at(samples, i - 1).km);
      expect(at(samples, i).km - at(samples, i - 1).km).toBeLessThanOrEqual(4 + 1e-9);
    }
    expectEndsAt(samples, 10, 300);
  });

  it('samples backward with decreasing km', () => {
    const samples = sampleCameraPath(route, 600, 250, 5);
    for (let i = 1; i < samples.length; i++) expect(at(samples, i).km).toBeLessThan(at(samples, i - 1).km);
    expectEndsAt(samples, 600, 250);
  });

  it('puts each sample on the line at its km', () => {
    for (const sample of sampleCameraPath(route, 0, route.totalKm, 25))
      expect(kmBetween(sample.position, positionAt(sample.km))).toBeLessThan(0.01);
  });

  it('clamps requests beyond the ends of the route', () => {
    const samples = sampleCameraPath(route, -50, route.totalKm + 50, 20);
    expectEndsAt(samples, 0, route.totalKm);
  });

  it('heads roughly along the line', () => {
    // The Termez–Kabul leg runs south-east: a bearing near 150°.
    const samples = sampleCameraPath(route, 600, 800, 4, 1);
    const legBearing = 150;
    for (const sample of samples) expect(turnBetween(sample.bearing, legBearing)).toBeLessThan(20);
  });

  it('keeps consecutive headings within a small turn', () => {
    const samples = sampleCameraPath(route, 0, route.totalKm, 4);
    for (let i = 1; i < samples.length; i++)
      expect(turnBetween(at(samples, i - 1).bearing, at(samples, i).bearing)).toBeLessThan(90);
  });
});

describe('normaliseBearing', () => {
  it.each([
    [0, 0],
    [90, 90],
    [180, 180],
    [-180, 180],
    [190, -170],
    [-190, 170],
    [360, 0],
    [540, 180],
    [-540, 180],
    [725, 5],
  ])('%d° becomes %d°', (input, expected) => {
    expect(normaliseBearing(input)).toBeCloseTo(expected, 9);
  });

  it('stays in (-180, 180] and means the same heading', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (degrees) => {
        const out = normaliseBearing(degrees);
        expect(out).toBeGreaterThan(-180);
        expect(out).toBeLessThanOrEqual(180);
        expect(turnBetween(out, degrees)).toBeLessThan(1e-6);
      }),
    );
  });
});

describe('smoothBearings', () => {
  const bearings = fc.array(fc.double({ min: -180, max: 180, noNaN: true }), { maxLength: 40 });
  const factor = fc.double({ min: 0.01, max: 1, noNaN: true });

  it('turns the short way across ±180°', () => {
    for (const f of [0.35, 1]) {
      const out = smoothBearings([170, -170, 175], f);
      expect(out).toHaveLength(3);
      for (const b of out) expect(turnBetween(b, 180)).toBeLessThanOrEqual(10 + 1e-9);
      for (let i = 1; i < out.length; i++)
        expect(turnBetween(at(out, i - 1), at(out, i))).toBeLessThanOrEqual(20);
    }
  });

  it('smooths toward the input without overshooting', () => {
    const out = smoothBearings([0, 90, 90, 90], 0.5);
    expect(out[0]).toBe(0);
    expect(out[1]).toBeCloseTo(45, 9);
    expect(out[2]).toBeCloseTo(67.5, 9);
    expect(out[3]).toBeCloseTo(78.75, 9);
  });

  it('keeps the input (normalised) with factor 1', () => {
    fc.assert(
      fc.property(bearings, (input) => {
        const out = smoothBearings(input, 1);
        expect(out).toHaveLength(input.length);
        out.forEach((b, i) => {
          expect(turnBetween(b, at(input, i))).toBeLessThan(1e-9);
        });
      }),
    );
  });

  it('stays in (-180, 180] and never turns more than the input does (factor 1)', () => {
    fc.assert(
      fc.property(bearings, (input) => {
        const out = smoothBearings(input, 1);
        for (const b of out) {
          expect(b).toBeGreaterThan(-180);
          expect(b).toBeLessThanOrEqual(180);
        }
        for (let i = 1; i < out.length; i++)
          expect(turnBetween(at(out, i - 1), at(out, i))).toBeLessThanOrEqual(
            turnBetween(at(input, i - 1), at(input, i)) + 1e-9,
          );
      }),
    );
  });

  it('for any factor, stays in (-180, 180] and each step moves the short way toward the input, by at most that turn', () => {
    fc.assert(
      fc.property(bearings, factor, (input, f) => {
        const out = smoothBearings(input, f);
        expect(out).toHaveLength(input.length);
        for (const b of out) {
          expect(b).toBeGreaterThan(-180);
          expect(b).toBeLessThanOrEqual(180);
        }
        for (let i = 1; i < out.length; i++) {
          const step = turnBetween(at(out, i - 1), at(out, i));
          const remaining = turnBetween(at(out, i - 1), at(input, i));
          expect(step).toBeLessThanOrEqual(remaining + 1e-9);
          expect(step).toBeLessThanOrEqual(180 * f + 1e-9);
          expect(step).toBeCloseTo(remaining * f, 6);
        }
      }),
    );
  });
});
