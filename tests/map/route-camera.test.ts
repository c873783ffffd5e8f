import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { easeInOut, interpolateSamples, slicePath } from '../../src/map/route-camera.ts';
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

describe('mountRouteCamera with the camera report', () => {
  /** A map that moves at once and fires its events synchronously, like jumpTo does. */
  function createFakeMap(schedule: (callback: () => void) => void) {
    const handlers = new Map<string, Set<(event: object) => void>>();
    let camera = { center: { lng: 69, lat: 41 }, zoom: 5, bearing: 0, pitch: 0 };
    const fire = (type: string) => {
      for (const handler of [...(handlers.get(type) ?? [])]) handler({});
    };
    const move = (to: { center?: unknown; zoom?: number; bearing?: number; pitch?: number }) => {
      const c = to.center as [number, number] | undefined;
      camera = {
        center: c ? { lng: c[0], lat: c[1] } : camera.center,
        zoom: to.zoom ?? camera.zoom,
        bearing: to.bearing ?? camera.bearing,
        pitch: to.pitch ?? camera.pitch,
      };
      fire('movestart');
      fire('move');
      fire('moveend');
    };
    const map = {
      on: (type: string, handler: (event: object) => void) => {
        if (!handlers.has(type)) handlers.set(type, new Set());
        handlers.get(type)?.add(handler);
        return map;
      },
      off: (type: string, handler: (event: object) => void) => {
        handlers.get(type)?.delete(handler);
        return map;
      },
      once: (type: string, handler: (event: object) => void) => {
        const wrapped = (event: object) => {
          handlers.get(type)?.delete(wrapped);
          handler(event);
        };
        return map.on(type, wrapped);
      },
      jumpTo: move,
      // A flight ends on a later frame, after the caller has started listening for its end.
      flyTo: (to: Parameters<typeof move>[0]) => schedule(() => move(to)),
      easeTo: move,
      stop: () => map,
      getZoom: () => camera.zoom,
      getPitch: () => camera.pitch,
      getBearing: () => camera.bearing,
      getCenter: () => camera.center,
    };
    return map;
  }

  it('tells the store where the camera is once per leg, not on every frame of the journey', async () => {
    const { mountRouteCamera } = await import('../../src/map/route-camera.ts');
    const { mountCameraReport } = await import('../../src/map/camera-report.ts');
    const { createStore } = await import('../../src/state/store.ts');
    const { measureRoute } = await import('../../src/model/route.ts');
    const { loadFixtureDataset } = await import('../helpers.ts');
    const { buildIndex } = await import('../../src/model/indexes.ts');
    const dataset = loadFixtureDataset();
    const store = createStore(buildIndex(dataset));
    let frames: FrameRequestCallback[] = [];
    let now = 0;
    const map = createFakeMap((callback) => frames.push(() => callback()));
    const flush = () => {
      let steps = 0;
      while (frames.length > 0 && steps < 1000) {
        const pending = frames;
        frames = [];
        now += 16;
        for (const frame of pending) frame(now);
        steps += 1;
      }
      return steps;
    };
    const raf = globalThis.requestAnimationFrame;
    const caf = globalThis.cancelAnimationFrame;
    globalThis.requestAnimationFrame = (callback) => frames.push(callback);
    globalThis.cancelAnimationFrame = () => {};
    try {
      const nowSpy = vi.spyOn(performance, 'now').mockImplementation(() => now);
      let routeCamera: { isTravelling(): boolean; dispose(): void } | null = null;
      const report = mountCameraReport(map as never, store, () => routeCamera?.isTravelling() ?? false);
      routeCamera = mountRouteCamera(map as never, store, measureRoute(dataset), () => false, report.report);
      store.dispatch({ type: 'tour-go', tour: 'route', step: 0 });
      flush();
      expect(store.getState().tour.arrived).toBe(true);
      let reports = 0;
      store.subscribe((state, previous) => {
        if (state.camera !== previous.camera) reports += 1;
      });
      store.dispatch({ type: 'tour-go', tour: 'route', step: 1 });
      expect(flush()).toBeGreaterThan(10);
      expect(store.getState().tour).toMatchObject({ step: 1, arrived: true });
      expect(reports).toBe(1);
      routeCamera.dispose();
      report.dispose();
      nowSpy.mockRestore();
    } finally {
      globalThis.requestAnimationFrame = raf;
      globalThis.cancelAnimationFrame = caf;
    }
  });
});
