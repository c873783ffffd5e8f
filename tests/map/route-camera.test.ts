import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CameraSample } from '../../src/build/route.ts';
import {
  easeInOut,
  FOLLOW_ZOOM,
  fitNextStopZoom,
  frameJourneyLeg,
  interpolateSamples,
  MIN_FOLLOW_ZOOM,
  NEXT_STOP_MARGIN_PX,
  planJourneyLeg,
  slicePath,
} from '../../src/map/route-camera.ts';

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

describe('fitNextStopZoom', () => {
  const view = { width: 1000, height: 600, padding: { top: 0, right: 0, bottom: 0, left: 0 } };

  it('stays at the closest zoom when the next stop is near, or there is none', () => {
    expect(fitNextStopZoom([67.28, 37.22], [67.4, 37.23], view)).toBe(FOLLOW_ZOOM);
    expect(fitNextStopZoom([67.28, 37.22], null, view)).toBe(FOLLOW_ZOOM);
    expect(fitNextStopZoom([67.28, 37.22], [60, 30], null)).toBe(FOLLOW_ZOOM);
  });

  it('zooms out until a far next stop is inside the padded map, margin included', () => {
    const padded = { ...view, padding: { top: 40, right: 300, bottom: 0, left: 0 } };
    const centre: [number, number] = [69.24, 41.3];
    const next: [number, number] = [66.96, 39.65];
    const zoom = fitNextStopZoom(centre, next, padded);
    expect(zoom).toBeLessThan(FOLLOW_ZOOM);
    expect(zoom).toBeGreaterThanOrEqual(MIN_FOLLOW_ZOOM);
    // Project both as MapLibre would (512-pixel tiles) at that zoom: the next stop is inside.
    const world = 512 * 2 ** zoom;
    const project = ([lon, lat]: [number, number]) => {
      const sin = Math.sin((lat * Math.PI) / 180);
      return [((lon + 180) / 360) * world, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * world];
    };
    const [cx = 0, cy = 0] = project(centre);
    const [nx = 0, ny = 0] = project(next);
    const halfWidth = (1000 - 300) / 2 - NEXT_STOP_MARGIN_PX;
    const halfHeight = (600 - 40) / 2 - NEXT_STOP_MARGIN_PX;
    expect(Math.abs(nx - cx)).toBeLessThanOrEqual(halfWidth + 1e-6);
    expect(Math.abs(ny - cy)).toBeLessThanOrEqual(halfHeight + 1e-6);
    // And no further out than needed: one side is just filled.
    expect(Math.max(Math.abs(nx - cx) / halfWidth, Math.abs(ny - cy) / halfHeight)).toBeCloseTo(1, 6);
  });

  it('never goes wider than its floor, even for a map with no room', () => {
    expect(fitNextStopZoom([69, 41], [40, 10], view)).toBe(MIN_FOLLOW_ZOOM);
    expect(fitNextStopZoom([69, 41], [68, 40], { width: 100, height: 100, padding: view.padding })).toBe(
      MIN_FOLLOW_ZOOM,
    );
  });
});

describe('planJourneyLeg and frameJourneyLeg', () => {
  const path = [0, 10, 20, 30].map((km, i) => ({
    km,
    position: [60 + i, 40] as [number, number],
    // The line heads south-east: the camera must not turn with it.
    bearing: 150,
  }));
  const route = { stops: [{ km: 0 }, { km: 30 }] as never };
  const plan = (fromKm: number | null, reducedMotion = false, instant = false) =>
    planJourneyLeg({ path, route, fromKm, step: 1, speed: 1, reducedMotion, instant });

  it('joins the route with one flight to the stop, north-up and flat', () => {
    expect(plan(null)).toMatchObject({
      kind: 'flight',
      km: 30,
      camera: { center: [63, 40], zoom: FOLLOW_ZOOM, bearing: 0, pitch: 0 },
    });
  });

  it('cuts, north-up and flat, when less motion is wanted, and at once when the page opens on a stop', () => {
    expect(plan(0, true)).toEqual({
      kind: 'cut',
      km: 30,
      camera: { center: [63, 40], zoom: FOLLOW_ZOOM, bearing: 0, pitch: 0 },
    });
    expect(plan(null, false, true)).toMatchObject({ kind: 'cut', camera: { bearing: 0, pitch: 0 } });
  });

  it('frames each stop with the next one in view', () => {
    const view = { width: 800, height: 500, padding: { top: 0, right: 0, bottom: 0, left: 0 } };
    const first = planJourneyLeg({ path, route, fromKm: null, step: 0, speed: 1, reducedMotion: true, view });
    if (first?.kind !== 'cut') throw new Error(`expected a cut, got ${first?.kind}`);
    expect(first.camera.zoom).toBe(fitNextStopZoom([60, 40], [63, 40], view));
    expect(first.camera.zoom).toBeLessThan(FOLLOW_ZOOM);
    // The last stop has no next one: the closest zoom.
    const last = planJourneyLeg({ path, route, fromKm: 0, step: 1, speed: 1, reducedMotion: false, view });
    expect(last).toMatchObject({ kind: 'path', zoom: FOLLOW_ZOOM });
  });

  it('travels along the path from where the camera is, north-up throughout, and arrives at the stop', () => {
    const leg = plan(0);
    if (leg?.kind !== 'path') throw new Error(`expected a path leg, got ${leg?.kind}`);
    expect(leg.samples.map((s) => s.km)).toEqual([0, 10, 20, 30]);
    const start = { zoom: 5, pitch: 0, bearing: 0 };
    expect(frameJourneyLeg(leg, 0, start)).toMatchObject({
      km: 0,
      done: false,
      camera: { zoom: 5, pitch: 0, bearing: 0 },
    });
    for (const share of [0.1, 0.25, 0.5, 0.75, 0.9])
      expect(frameJourneyLeg(leg, leg.durationMs * share, start).camera).toMatchObject({
        bearing: 0,
        pitch: 0,
      });
    const end = frameJourneyLeg(leg, leg.durationMs, start);
    expect(end).toEqual({
      km: 30,
      done: true,
      camera: { center: [63, 40], zoom: FOLLOW_ZOOM, bearing: 0, pitch: 0 },
    });
  });

  it('brings a camera the reader turned and tilted back to north-up and flat within the first third', () => {
    const leg = plan(0);
    if (leg?.kind !== 'path') throw new Error(`expected a path leg, got ${leg?.kind}`);
    const start = { zoom: 7, pitch: 40, bearing: 200 };
    const first = frameJourneyLeg(leg, 0, start).camera;
    // 200° is -160°: the short way back to north.
    expect(first.bearing).toBeCloseTo(-160, 9);
    expect(first.pitch).toBe(40);
    const midway = frameJourneyLeg(leg, leg.durationMs / 6, start).camera;
    expect(Math.abs(midway.bearing)).toBeLessThan(160);
    expect(Math.abs(midway.bearing)).toBeGreaterThan(0);
    expect(frameJourneyLeg(leg, leg.durationMs / 3, start).camera).toMatchObject({ bearing: 0, pitch: 0 });
  });

  it('has no leg to a stop the route does not have', () => {
    expect(planJourneyLeg({ path, route, fromKm: 0, step: 5, speed: 1, reducedMotion: false })).toBeNull();
  });
});
