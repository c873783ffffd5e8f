import { afterEach, describe, expect, it, vi } from 'vitest';
import { measureRoute } from '../../src/build/route.ts';
import { mountCameraReport } from '../../src/map/camera-report.ts';
import { type MapSync, syncMapWithStore } from '../../src/map/map-sync.ts';
import { cameraAtStop, FOLLOW_ZOOM } from '../../src/map/route-camera.ts';
import { buildIndex } from '../../src/model/indexes.ts';
import { mountTourPlayer } from '../../src/state/players.ts';
import { createStore, type Store } from '../../src/state/store.ts';
import { getStepDwellMs, MIN_STEP_MS, TOURS } from '../../src/state/tours.ts';
import { loadFixtureDataset } from '../helpers.ts';
import { createFakeMap, type FakeMap } from './fake-map.ts';

const dataset = loadFixtureDataset();
const index = buildIndex(dataset);
const route = measureRoute(dataset);

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.reverse()) cleanup();
  cleanups = [];
  vi.useRealTimers();
});

function fakeMap(): FakeMap {
  const fake = createFakeMap();
  cleanups.push(() => fake.restore());
  return fake;
}

/** A store with a loaded map in step with it. */
async function mountLoaded(store: Store, fake: FakeMap, onRest?: () => void): Promise<MapSync> {
  const sync = syncMapWithStore(
    store,
    store.getState(),
    Promise.resolve(),
    { applyPlaceStates: () => {}, applyYear: () => {}, camera: fake.map as never },
    { route, reducedMotion: () => false, onRest },
  );
  cleanups.push(() => sync.dispose());
  await Promise.resolve();
  return sync;
}

/** A map made for the store's state as it is now, whose style has not loaded until `ready.resolve()`. */
function mountOpening(store: Store): {
  ready: ReturnType<typeof deferred>;
  fake: FakeMap;
  sync: MapSync;
} {
  const ready = deferred();
  const fake = fakeMap();
  const sync = syncMapWithStore(
    store,
    store.getState(),
    ready.promise,
    { applyPlaceStates: () => {}, applyYear: () => {}, camera: fake.map as never },
    { route, reducedMotion: () => false },
  );
  cleanups.push(() => sync.dispose());
  return { ready, fake, sync };
}

describe('syncMapWithStore', () => {
  it('does not lose a year change or a Back that comes before the style has loaded', async () => {
    const store = createStore(index);
    const ready = deferred();
    const fake = fakeMap();
    const target = { applyPlaceStates: vi.fn(), applyYear: vi.fn(), camera: fake.map as never };
    const sync = syncMapWithStore(store, store.getState(), ready.promise, target, {
      route,
      reducedMotion: () => false,
    });
    store.dispatch({ type: 'set-year', year: 1996 });
    store.dispatch({
      type: 'restore',
      state: {
        selection: { kind: 'place', id: 'kabul' },
        year: 1995,
        stop: null,
        chapter: null,
        detail: false,
        themes: [],
        camera: { center: [69, 34.5], zoom: 7, bearing: 0, pitch: 0 },
      },
    });
    expect(target.applyYear).not.toHaveBeenCalled();
    expect(fake.calls).toEqual([]);
    ready.resolve();
    await ready.promise;
    expect(target.applyYear).toHaveBeenCalledWith(1995);
    expect(target.applyPlaceStates).toHaveBeenCalledWith(store.getState());
    expect(fake.calls).toEqual(['flyTo']);
    fake.flush();
    expect(fake.camera()).toMatchObject({ center: { lng: 69, lat: 34.5 }, zoom: 7 });
    sync.dispose();
  });

  it('does not repeat the view the map was created at, and follows changes once loaded', async () => {
    const store = createStore(index);
    store.dispatch({
      type: 'restore',
      state: {
        selection: null,
        year: Number.NaN,
        stop: null,
        chapter: null,
        detail: false,
        themes: [],
        camera: { center: [69, 34.5], zoom: 7, bearing: 0, pitch: 0 },
      },
    });
    const ready = deferred();
    const fake = fakeMap();
    const target = { applyPlaceStates: vi.fn(), applyYear: vi.fn(), camera: fake.map as never };
    const sync = syncMapWithStore(store, store.getState(), ready.promise, target, {
      route,
      reducedMotion: () => false,
    });
    ready.resolve();
    await ready.promise;
    expect(fake.calls).toEqual([]);
    expect(target.applyYear).not.toHaveBeenCalled();
    store.dispatch({ type: 'set-year', year: 1999 });
    expect(target.applyYear).toHaveBeenCalledWith(1999);
    sync.dispose();
    store.dispatch({ type: 'set-year', year: 2000 });
    expect(target.applyYear).toHaveBeenCalledTimes(1);
  });

  it('a page that opens on a place or on the region is put there before the map draws, and not moved again at load', async () => {
    for (const selection of [{ kind: 'place' as const, id: 'kabul' }, null]) {
      const store = createStore(index);
      if (selection)
        store.dispatch({
          type: 'restore',
          state: {
            selection,
            year: 2016,
            stop: null,
            chapter: null,
            detail: false,
            themes: [],
            camera: null,
          },
        });
      else store.dispatch({ type: 'select', selection: null, fly: true });
      expect(store.getState().cameraRequest?.kind).toBe('fit');
      const { ready, fake, sync } = mountOpening(store);
      // Put there on the first frame, before the style has loaded: nothing is left to animate.
      expect(fake.calls).toEqual([]);
      fake.flush(1);
      expect(fake.calls).toHaveLength(1);
      expect(fake.map.isMoving()).toBe(false);
      if (selection) expect(fake.camera()).toMatchObject({ center: { lng: 69.1723, lat: 34.5281 } });
      ready.resolve();
      await ready.promise;
      expect(fake.calls).toHaveLength(1);
      // A request after the opening one moves the map as usual.
      store.dispatch({ type: 'select', selection: { kind: 'place', id: 'tashkent' } });
      expect(fake.map.isMoving()).toBe(true);
      sync.dispose();
    }
  });

  it('a page that opens on a story chapter reports the chapter reached, so the story can play', async () => {
    const store = createStore(index);
    store.dispatch({ type: 'tour-go', tour: 'story', step: 0 });
    expect(store.getState().cameraRequest?.kind).toBe('fit');
    expect(store.getState().tour.arrived).toBe(false);
    const { ready, fake, sync } = mountOpening(store);
    // The style may load before the first frame: the chapter is placed then, once.
    ready.resolve();
    await ready.promise;
    expect(fake.calls).toHaveLength(1);
    expect(store.getState().tour.arrived).toBe(true);
    fake.flush();
    expect(fake.calls).toHaveLength(1);
    sync.dispose();
  });

  it('plays the route journey and tells the store where the camera is once per leg, not every frame', async () => {
    const store = createStore(index);
    const fake = fakeMap();
    let sync: MapSync | null = null;
    const report = mountCameraReport(fake.map as never, store, () => sync?.isTravelling() ?? false);
    cleanups.push(report.dispose);
    sync = await mountLoaded(store, fake, report.report);
    store.dispatch({ type: 'tour-go', tour: 'route', step: 0 });
    fake.flush();
    expect(store.getState().tour.arrived).toBe(true);
    let reports = 0;
    store.subscribe((state, previous) => {
      if (state.camera !== previous.camera) reports += 1;
    });
    store.dispatch({ type: 'tour-go', tour: 'route', step: 1 });
    expect(store.getState().tour.arrived).toBe(false);
    expect(fake.flush()).toBeGreaterThan(10);
    expect(store.getState().tour).toMatchObject({ step: 1, arrived: true });
    expect(reports).toBe(1);
    const samarkand = index.placeById.get('samarkand')?.coordinates ?? [0, 0];
    expect(fake.camera().center.lng).toBeCloseTo(samarkand[0], 1);
    expect(fake.camera()).toMatchObject({ bearing: 0, pitch: 0 });
  });

  it('frames each stop north-up and flat, zoomed out just enough for the next stop to be in view', async () => {
    const store = createStore(index);
    const fake = fakeMap();
    const view = { width: 800, height: 500, padding: { top: 40, right: 0, bottom: 120, left: 0 } };
    const sync = syncMapWithStore(
      store,
      store.getState(),
      Promise.resolve(),
      { applyPlaceStates: () => {}, applyYear: () => {}, camera: fake.map as never },
      {
        route,
        reducedMotion: () => false,
        padding: () => view.padding,
        size: () => ({ width: view.width, height: view.height }),
      },
    );
    cleanups.push(() => sync.dispose());
    await Promise.resolve();
    const zooms: number[] = [];
    for (let step = 0; step < route.stops.length; step++) {
      store.dispatch({ type: 'tour-go', tour: 'route', step });
      fake.flush();
      const expected = cameraAtStop(route.path, route, step, view);
      expect(fake.camera()).toMatchObject({ bearing: 0, pitch: 0 });
      expect(fake.camera().zoom).toBeCloseTo(expected?.zoom ?? Number.NaN, 6);
      zooms.push(fake.camera().zoom);
    }
    // Stops far from the next are shown from further out than the journey's closest zoom.
    expect(Math.min(...zooms)).toBeLessThan(FOLLOW_ZOOM);
    expect(zooms.at(-1)).toBe(FOLLOW_ZOOM);
  });

  it('a choice made during the journey moves the map there, level, and nothing pulls it back', async () => {
    const store = createStore(index);
    const fake = fakeMap();
    await mountLoaded(store, fake);
    store.dispatch({ type: 'tour-go', tour: 'route', step: 0 });
    fake.flush();
    store.dispatch({ type: 'tour-go', tour: 'route', step: 1 });
    // Half a leg under way, then the reader chooses Kabul in the panel or the search.
    fake.flush(20);
    expect(store.getState().tour.arrived).toBe(false);
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'kabul' }, fly: true });
    expect(store.getState().tour.id).toBeNull();
    fake.flush();
    const kabul = index.placeById.get('kabul')?.coordinates ?? [0, 0];
    expect(fake.camera().center.lng).toBeCloseTo(kabul[0], 3);
    expect(fake.camera().center.lat).toBeCloseTo(kabul[1], 3);
    expect(fake.camera()).toMatchObject({ bearing: 0, pitch: 0 });
    // The last thing that moved the camera was the move to Kabul.
    expect(fake.calls.at(-1)).toBe('easeTo');
  });

  it('reports a step reached only for the move that goes there, not one a newer move interrupted', async () => {
    const store = createStore(index);
    const fake = fakeMap();
    await mountLoaded(store, fake);
    store.dispatch({ type: 'tour-go', tour: 'story', step: 0 });
    expect(store.getState().tour).toMatchObject({ step: 0, arrived: false });
    store.dispatch({ type: 'tour-go', tour: 'story', step: 1 });
    // The first fit's end (its interruption) does not count for the second chapter.
    expect(store.getState().tour).toMatchObject({ step: 1, arrived: false });
    fake.flush();
    expect(store.getState().tour).toMatchObject({ step: 1, arrived: true });
  });

  it('the story plays: each chapter turns after the camera has arrived and its text has been read', async () => {
    const store = createStore(index);
    const fake = fakeMap();
    await mountLoaded(store, fake);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    cleanups.push(mountTourPlayer(store, index, { arriveAtOnce: () => false }));
    store.dispatch({ type: 'tour-play', tour: 'story', playing: true });
    expect(store.getState().tour).toMatchObject({ id: 'story', step: 0, playing: true, arrived: false });
    const dwell = getStepDwellMs(index, 'story', 0, 1);
    expect(dwell).toBeGreaterThanOrEqual(MIN_STEP_MS);
    // Waiting counts from the camera's arrival: nothing turns while it travels.
    vi.advanceTimersByTime(dwell * 2);
    expect(store.getState().tour.step).toBe(0);
    fake.flush();
    expect(store.getState().tour.arrived).toBe(true);
    vi.advanceTimersByTime(dwell - 1);
    expect(store.getState().tour.step).toBe(0);
    vi.advanceTimersByTime(1);
    // Onto the last chapter the story stops playing: it has ended there.
    const last = TOURS.story.countSteps(index) - 1;
    expect(store.getState().tour).toMatchObject({ id: 'story', step: 1, playing: last > 1 });
  });
});

describe('an interrupted joining flight', () => {
  it('reports nothing for the flight a newer move cut short', async () => {
    const store = createStore(index);
    const fake = fakeMap();
    const rests: number[] = [];
    await mountLoaded(store, fake, () => rests.push(store.getState().tour.step ?? -1));
    store.dispatch({ type: 'tour-go', tour: 'route', step: 2 });
    expect(fake.calls.at(-1)).toBe('flyTo');
    fake.flush(1);
    store.dispatch({ type: 'tour-go', tour: 'route', step: 1 });
    // The flight to stop 3 was cut short: no rest was reported for it and stop 2 is not yet reached.
    expect(rests).toEqual([]);
    expect(store.getState().tour).toMatchObject({ step: 1, arrived: false });
    fake.flush();
    expect(store.getState().tour).toMatchObject({ step: 1, arrived: true });
    expect(rests).toEqual([1]);
  });
});
