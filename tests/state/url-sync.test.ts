// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountYearPlayer, YEAR_STEP_MS } from '../../src/state/players.ts';
import type { Camera, Store } from '../../src/state/store.ts';
import { createStore } from '../../src/state/store.ts';
import {
  CAMERA_WRITE_MS,
  canGoBackInAtlas,
  mountUrlSync,
  YEAR_COALESCE_MS,
} from '../../src/state/url-sync.ts';
import { loadFixtureIndex } from '../helpers.ts';

const index = loadFixtureIndex();
const DEFAULT_YEAR = index.yearRange.max;
const moved: Camera = { center: [67.2783, 37.2242], zoom: 7.25, bearing: 12.5, pitch: 30 };

let dispose: (() => void) | undefined;

function mount(): Store {
  const store = createStore(index);
  dispose = mountUrlSync(store, DEFAULT_YEAR, window);
  return store;
}

/** Sets the address without a history entry or popstate, like a freshly opened link. */
function setHash(hash: string): void {
  window.history.replaceState(null, '', `${window.location.pathname}${hash}`);
}

function popTo(hash: string): void {
  setHash(hash);
  window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
}

beforeEach(() => {
  setHash('');
  vi.useFakeTimers();
});

afterEach(() => {
  dispose?.();
  dispose = undefined;
  vi.useRealTimers();
});

describe('mountUrlSync', () => {
  it('restores the store from the hash it opens with', () => {
    setHash('#place=kabul&year=1996&stop=3');
    const store = mount();
    expect(store.getState().selection).toEqual({ kind: 'place', id: 'kabul' });
    expect(store.getState().year).toBe(1996);
    expect(store.getState().tour.step).toBe(2);
  });

  it('leaves the store alone without a hash', () => {
    const store = mount();
    expect(store.getState()).toEqual(createStore(index).getState());
  });

  it('pushes a history entry when the selection changes', () => {
    const store = mount();
    const length = window.history.length;
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'termez' } });
    expect(window.location.hash).toMatch(/^#place=termez(&|$)/);
    expect(window.history.length).toBe(length + 1);
    expect(canGoBackInAtlas(window)).toBe(true);
    store.dispatch({ type: 'select', selection: { kind: 'event', id: 'joins-pfp' } });
    expect(window.location.hash).toMatch(/^#event=joins-pfp(&|$)/);
    expect(window.history.length).toBe(length + 2);
  });

  it('pushes a history entry for a route stop, 1-based', () => {
    const store = mount();
    const length = window.history.length;
    store.dispatch({ type: 'tour-go', tour: 'route', step: 1 });
    expect(window.location.hash).toMatch(/(^#|&)stop=2(&|$)/);
    expect(window.history.length).toBe(length + 1);
  });

  it('replaces the entry after a camera move, once the throttle has passed', () => {
    const store = mount();
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'termez' } });
    const length = window.history.length;
    const before = window.location.hash;
    store.dispatch({ type: 'camera-moved', camera: moved });
    vi.advanceTimersByTime(CAMERA_WRITE_MS - 1);
    expect(window.location.hash).toBe(before);
    vi.advanceTimersByTime(1);
    expect(window.location.hash).toBe('#place=termez&map=7.25/37.2242/67.2783/12.5/30');
    expect(window.history.length).toBe(length);
  });

  it('writes the latest camera once for a burst of moves', () => {
    const store = mount();
    const replace = vi.spyOn(window.history, 'replaceState');
    for (let i = 0; i < 10; i++)
      store.dispatch({ type: 'camera-moved', camera: { ...moved, zoom: 5 + i / 10 } });
    vi.advanceTimersByTime(CAMERA_WRITE_MS);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.hash).toContain('map=5.9/');
    replace.mockRestore();
  });

  it('shares one history entry between year changes in quick succession', () => {
    const store = mount();
    const length = window.history.length;
    store.dispatch({ type: 'set-year', year: 1996 });
    vi.advanceTimersByTime(100);
    store.dispatch({ type: 'set-year', year: 1997 });
    expect(window.location.hash).toMatch(/year=1997/);
    expect(window.history.length).toBe(length + 1);
    vi.advanceTimersByTime(YEAR_COALESCE_MS + 1);
    store.dispatch({ type: 'set-year', year: 1998 });
    expect(window.history.length).toBe(length + 2);
  });

  it('restores the store on popstate without writing history', () => {
    const store = mount();
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'termez' } });
    const length = window.history.length;
    const push = vi.spyOn(window.history, 'pushState');
    popTo('#place=kabul&year=1995');
    expect(store.getState().selection).toEqual({ kind: 'place', id: 'kabul' });
    expect(store.getState().year).toBe(1995);
    expect(push).not.toHaveBeenCalled();
    expect(window.history.length).toBe(length);
    push.mockRestore();
  });

  it('restores an empty state on popstate to a bare address', () => {
    const store = mount();
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'termez' } });
    popTo('');
    expect(store.getState().selection).toBeNull();
    expect(store.getState().year).toBe(DEFAULT_YEAR);
  });

  it('stops listening after dispose', () => {
    const store = mount();
    dispose?.();
    dispose = undefined;
    const before = store.getState();
    popTo('#place=kabul&year=1995');
    expect(store.getState()).toBe(before);
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'termez' } });
    expect(window.location.hash).toBe('#place=kabul&year=1995');
  });

  it('cancels a pending camera write on dispose', () => {
    const store = mount();
    store.dispatch({ type: 'camera-moved', camera: moved });
    const hash = window.location.hash;
    dispose?.();
    dispose = undefined;
    vi.advanceTimersByTime(CAMERA_WRITE_MS * 2);
    expect(window.location.hash).toBe(hash);
  });
});

describe('mountUrlSync with the players', () => {
  it('gives a whole year playback one history entry', () => {
    const store = mount();
    const stopPlayer = mountYearPlayer(store, DEFAULT_YEAR);
    const length = window.history.length;
    store.dispatch({ type: 'play-years', playing: true });
    vi.advanceTimersByTime(YEAR_STEP_MS * 4 + YEAR_COALESCE_MS);
    expect(store.getState().year).toBe(index.yearRange.min + 4);
    expect(window.location.hash).toContain(`year=${index.yearRange.min + 4}`);
    expect(window.history.length).toBe(length + 1);
    stopPlayer();
  });

  it('lets Back during year playback win over the player', () => {
    const store = mount();
    const stopPlayer = mountYearPlayer(store, DEFAULT_YEAR);
    store.dispatch({ type: 'play-years', playing: true });
    vi.advanceTimersByTime(YEAR_STEP_MS);
    popTo('#place=kabul&year=1995');
    vi.advanceTimersByTime(YEAR_STEP_MS * 3);
    expect(store.getState()).toMatchObject({ year: 1995, yearPlaying: false });
    stopPlayer();
  });

  it("keeps a stop's place detail in the link, so Back returns to it", () => {
    const store = mount();
    store.dispatch({ type: 'tour-go', tour: 'route', step: 2 });
    store.dispatch({ type: 'show-detail', open: true });
    expect(window.location.hash).toMatch(/stop=3&detail=1/);
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'kabul' } });
    popTo('#place=termez&stop=3&detail=1');
    expect(store.getState()).toMatchObject({ detail: true, tour: { id: 'route', step: 2 } });
  });
});

describe('canGoBackInAtlas', () => {
  it('is false for an entry the page did not make', () => {
    setHash('#place=kabul');
    expect(canGoBackInAtlas(window)).toBe(false);
  });
});
