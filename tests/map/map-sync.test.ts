import { describe, expect, it, vi } from 'vitest';
import { syncMapWithStore } from '../../src/map/map-sync.ts';
import { createStore } from '../../src/state/store.ts';
import { loadFixtureIndex } from '../helpers.ts';

const index = loadFixtureIndex();

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function target() {
  return { applyPlaceStates: vi.fn(), applyYear: vi.fn(), applyCameraRequest: vi.fn() };
}

describe('syncMapWithStore', () => {
  it('does not lose a year change or a Back that comes before the style has loaded', async () => {
    const store = createStore(index);
    const ready = deferred();
    const map = target();
    const dispose = syncMapWithStore(store, store.getState(), ready.promise, map);
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
    expect(map.applyYear).not.toHaveBeenCalled();
    ready.resolve();
    await ready.promise;
    expect(map.applyYear).toHaveBeenCalledWith(1995);
    expect(map.applyPlaceStates).toHaveBeenCalledWith(store.getState());
    expect(map.applyCameraRequest).toHaveBeenCalledWith(store.getState());
    dispose();
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
    const map = target();
    const dispose = syncMapWithStore(store, store.getState(), ready.promise, map);
    ready.resolve();
    await ready.promise;
    expect(map.applyCameraRequest).not.toHaveBeenCalled();
    expect(map.applyYear).not.toHaveBeenCalled();
    store.dispatch({ type: 'set-year', year: 1999 });
    expect(map.applyYear).toHaveBeenCalledWith(1999);
    dispose();
    store.dispatch({ type: 'set-year', year: 2000 });
    expect(map.applyYear).toHaveBeenCalledTimes(1);
  });
});
