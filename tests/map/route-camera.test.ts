import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  easeInOut,
  FOLLOW_PITCH,
  FOLLOW_ZOOM,
  frameJourneyLeg,
  interpolateSamples,
  planJourneyLeg,
  slicePath,
} from '../../src/map/route-camera.ts';
import type { CameraSample } from '../../src/model/route.ts';

describe('easeInOut', () => {
  it('starts at 0, passes 0.5 halfway and ends at 1', () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(0.5)).toBe(0.5);
    expect(easeInOut(1)).toBe(1);
  });

  it('starts and ends slowly', () => {
    expect(easeInOut(0.1)).toBeLessThan(0.1);
    expect(easeInOut(0.9)).toBeGreaterThan(0.9);
  });

  it('is increasing and symmetric on [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(easeInOut(lo)).toBeLessThanOrEqual(easeInOut(hi));
          expect(easeInOut(a) + easeInOut(1 - a)).toBeCloseTo(1, 9);
        },
      ),
    );
  });
});

describe('interpolateSamples', () => {
  const samples: CameraSample[] = [
    { km: 0, position: [60, 40], bearing: 170 },
    { km: 10, position: [61, 41], bearing: -170 },
    { km: 20, position: [63, 41], bearing: -90 },
  ];

  it('returns the ends at t = 0 and t = 1', () => {
    expect(interpolateSamples(samples, 0)).toEqual({ position: [60, 40], bearing: 170 });
    const end = interpolateSamples(samples, 1);
    expect(end.position).toEqual([63, 41]);
    expect(end.bearing).toBe(-90);
  });

  it('clamps t outside [0, 1]', () => {
    expect(interpolateSamples(samples, -1)).toEqual(interpolateSamples(samples, 0));
    expect(interpolateSamples(samples, 2)).toEqual(interpolateSamples(samples, 1));
  });

  it('interpolates positions linearly between samples', () => {
    const quarter = interpolateSamples(samples, 0.25);
    expect(quarter.position[0]).toBeCloseTo(60.5, 9);
    expect(quarter.position[1]).toBeCloseTo(40.5, 9);
    const threeQuarters = interpolateSamples(samples, 0.75);
    expect(threeQuarters.position[0]).toBeCloseTo(62, 9);
  });

  it('turns the short way across ±180°', () => {
    // From 170° to -170° is a 20° turn through 180°, not 340° back through 0°.
    const quarter = interpolateSamples(samples, 0.25);
    const heading = ((quarter.bearing % 360) + 360) % 360;
    expect(heading).toBeCloseTo(180, 9);
  });

  it('handles one sample and none', () => {
    expect(interpolateSamples([{ km: 0, position: [1, 2], bearing: 30 }], 0.7)).toEqual({
      position: [1, 2],
      bearing: 30,
    });
    expect(interpolateSamples([], 0.5)).toEqual({ position: [0, 0], bearing: 0 });
  });
});

describe('slicePath', () => {
  const path = [0, 10, 20, 30].map((km, i) => ({ km, position: [i, 0] as [number, number], bearing: 90 }));
  it('includes both ends, interpolated, and the samples between', () => {
    const slice = slicePath(path, 5, 25);
    expect(slice.map((s) => s.km)).toEqual([5, 10, 20, 25]);
    expect(slice[0]?.position[0]).toBeCloseTo(0.5);
    expect(slice.at(-1)?.position[0]).toBeCloseTo(2.5);
  });
  it('runs backwards when travelling back', () => {
    expect(slicePath(path, 25, 5).map((s) => s.km)).toEqual([25, 20, 10, 5]);
  });
  it('clamps beyond the ends of the path', () => {
    const slice = slicePath(path, -5, 40);
    expect(slice.map((s) => s.km)).toEqual([-5, 0, 10, 20, 30, 40]);
    expect(slice[0]?.position).toEqual([0, 0]);
    expect(slice.at(-1)?.position).toEqual([3, 0]);
  });
});

describe('planJourneyLeg and frameJourneyLeg', () => {
  const path = [0, 10, 20, 30].map((km, i) => ({
    km,
    position: [60 + i, 40] as [number, number],
    bearing: 90,
  }));
  const route = { stops: [{ km: 0 }, { km: 30 }] as never };
  const plan = (fromKm: number | null, reducedMotion = false, instant = false) =>
    planJourneyLeg({ path, route, fromKm, step: 1, speed: 1, reducedMotion, instant });

  it('joins the route with one flight, pitched along the line', () => {
    expect(plan(null)).toMatchObject({
      kind: 'flight',
      km: 30,
      camera: { center: [63, 40], pitch: FOLLOW_PITCH },
    });
  });

  it('cuts, level and north-up, when less motion is wanted, and at once when the page opens on a stop', () => {
    expect(plan(0, true)).toEqual({
      kind: 'cut',
      km: 30,
      camera: { center: [63, 40], zoom: FOLLOW_ZOOM, bearing: 0, pitch: 0 },
    });
    expect(plan(null, false, true)).toMatchObject({ kind: 'cut', camera: { pitch: FOLLOW_PITCH } });
  });

  it('travels along the path from where the camera is, and arrives at the stop', () => {
    const leg = plan(0);
    if (leg?.kind !== 'path') throw new Error(`expected a path leg, got ${leg?.kind}`);
    expect(leg.samples.map((s) => s.km)).toEqual([0, 10, 20, 30]);
    const start = { zoom: 5, pitch: 0 };
    expect(frameJourneyLeg(leg, 0, start)).toMatchObject({
      km: 0,
      done: false,
      camera: { zoom: 5, pitch: 0 },
    });
    const end = frameJourneyLeg(leg, leg.durationMs, start);
    expect(end).toMatchObject({
      km: 30,
      done: true,
      camera: { center: [63, 40], zoom: FOLLOW_ZOOM, pitch: FOLLOW_PITCH },
    });
  });

  it('has no leg to a stop the route does not have', () => {
    expect(planJourneyLeg({ path, route, fromKm: 0, step: 5, speed: 1, reducedMotion: false })).toBeNull();
  });
});
