// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountTourPlayer, mountYearPlayer, YEAR_STEP_MS } from '../../src/state/players.ts';
import { createStore, type Store } from '../../src/state/store.ts';
import { getReadingMs, getStepDwellMs, MIN_STEP_MS } from '../../src/state/tours.ts';
import { loadFixtureIndex } from '../helpers.ts';

const index = loadFixtureIndex();
const LAST_STOP = index.dataset.route.stops.length - 1;
const { min, max } = index.yearRange;
/** How long playing rests at a route stop at speed 1. */
const dwell = (step: number) => getStepDwellMs(index, 'route', step, 1);
const LONGEST = Math.max(...index.dataset.route.stops.map((_, i) => dwell(i)));

let disposers: (() => void)[] = [];

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  for (const dispose of disposers) dispose();
  disposers = [];
  vi.useRealTimers();
});

function routeStore(arriveAtOnce: boolean): Store {
  const store = createStore(index);
  disposers.push(mountTourPlayer(store, index, { arriveAtOnce: () => arriveAtOnce }));
  return store;
}

describe('mountTourPlayer', () => {
  it('steps on after the dwell time once the camera has arrived', () => {
    const store = routeStore(false);
    store.dispatch({ type: 'tour-play', tour: 'route', playing: true });
    expect(store.getState().tour).toMatchObject({ step: 0, playing: true, arrived: false });
    // Not arrived yet: no step however long it waits.
    vi.advanceTimersByTime(LONGEST * 3);
    expect(store.getState().tour.step).toBe(0);
    store.dispatch({ type: 'tour-arrived', step: 0 });
    vi.advanceTimersByTime(dwell(0) - 1);
    expect(store.getState().tour.step).toBe(0);
    vi.advanceTimersByTime(1);
    expect(store.getState().tour).toMatchObject({ step: 1, playing: true, arrived: false });
  });

  it('divides the dwell time by the speed', () => {
    const store = routeStore(false);
    store.dispatch({ type: 'tour-speed', speed: 2 });
    store.dispatch({ type: 'tour-play', tour: 'route', playing: true });
    store.dispatch({ type: 'tour-arrived', step: 0 });
    vi.advanceTimersByTime(dwell(0) / 2 - 1);
    expect(store.getState().tour.step).toBe(0);
    vi.advanceTimersByTime(1);
    expect(store.getState().tour.step).toBe(1);
  });

  it('does not step while paused', () => {
    const store = routeStore(false);
    store.dispatch({ type: 'tour-go', tour: 'route', step: 1 });
    store.dispatch({ type: 'tour-arrived', step: 1 });
    vi.advanceTimersByTime(LONGEST * 3);
    expect(store.getState().tour.step).toBe(1);
  });

  it('dispatches arrival at once when no camera travels', () => {
    const store = routeStore(true);
    store.dispatch({ type: 'tour-go', tour: 'route', step: 2 });
    expect(store.getState().tour).toMatchObject({ step: 2, arrived: true });
  });

  it('waits for the camera when one travels', () => {
    const store = routeStore(false);
    store.dispatch({ type: 'tour-go', tour: 'route', step: 2 });
    expect(store.getState().tour).toMatchObject({ step: 2, arrived: false });
  });

  it('plays to the last stop and stops on arriving there', () => {
    const store = routeStore(true);
    store.dispatch({ type: 'tour-play', tour: 'route', playing: true });
    for (let stop = 1; stop < LAST_STOP; stop++) {
      vi.advanceTimersByTime(dwell(stop - 1));
      expect(store.getState().tour).toMatchObject({ step: stop, playing: true, arrived: true });
    }
    vi.advanceTimersByTime(dwell(LAST_STOP - 1));
    expect(store.getState().tour).toMatchObject({ step: LAST_STOP, playing: false, arrived: true });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('cancels the pending step on pause', () => {
    const store = routeStore(true);
    store.dispatch({ type: 'tour-play', tour: 'route', playing: true });
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(dwell(0) / 2);
    store.dispatch({ type: 'tour-play', tour: 'route', playing: false });
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(LONGEST * 2);
    expect(store.getState().tour).toMatchObject({ step: 0, playing: false });
  });

  it('restarts the dwell when the reader steps by hand', () => {
    const store = routeStore(true);
    store.dispatch({ type: 'tour-play', tour: 'route', playing: true });
    vi.advanceTimersByTime(dwell(0) - 100);
    store.dispatch({ type: 'tour-go', tour: 'route', step: 2 });
    vi.advanceTimersByTime(100);
    expect(store.getState().tour.step).toBe(2);
    vi.advanceTimersByTime(dwell(2) - 100);
    expect(store.getState().tour.step).toBe(3);
  });

  it('clears its timer and stops listening on dispose', () => {
    const store = createStore(index);
    const dispose = mountTourPlayer(store, index, { arriveAtOnce: () => true });
    store.dispatch({ type: 'tour-play', tour: 'route', playing: true });
    expect(vi.getTimerCount()).toBe(1);
    dispose();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(LONGEST * 2);
    expect(store.getState().tour.step).toBe(0);
    store.dispatch({ type: 'tour-go', tour: 'route', step: 1 });
    expect(store.getState().tour.arrived).toBe(false);
  });
});

describe('the reading pace', () => {
  it('waits as long as a step’s text takes to read, never under a few seconds', () => {
    expect(getReadingMs('Termez.')).toBe(MIN_STEP_MS);
    const long = Array.from({ length: 430 }, () => 'word').join(' ');
    // 430 words at 215 a minute: two minutes.
    expect(getReadingMs(long)).toBe(120_000);
    expect(getReadingMs(`${long} more words here`)).toBeGreaterThan(getReadingMs(long));
  });

  it('is counted per step from its own text, and divided by the speed', () => {
    expect(getStepDwellMs(index, 'story', 0, 2)).toBe(getStepDwellMs(index, 'story', 0, 1) / 2);
    for (let step = 0; step <= LAST_STOP; step++) expect(dwell(step)).toBeGreaterThanOrEqual(MIN_STEP_MS);
  });
});

describe('playing stops on any input', () => {
  it('pauses on a key, a press or a wheel, but not on the play control or the play key', () => {
    const store = createStore(index);
    disposers.push(mountTourPlayer(store, index, { arriveAtOnce: () => true, input: document }));
    const play = document.createElement('button');
    play.dataset.tourPlay = '';
    document.body.append(play);
    const started = () => store.dispatch({ type: 'tour-play', tour: 'story', playing: true });
    started();
    play.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true }));
    expect(store.getState().tour.playing).toBe(true);
    play.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(store.getState().tour.playing).toBe(true);
    // Any other key, even on the play control, is the reader taking over.
    play.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(store.getState().tour.playing).toBe(false);
    started();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(store.getState().tour.playing).toBe(false);
    started();
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(store.getState().tour.playing).toBe(false);
    started();
    document.body.dispatchEvent(new Event('wheel', { bubbles: true }));
    expect(store.getState().tour.playing).toBe(false);
    play.remove();
  });
});

describe('mountYearPlayer', () => {
  function yearStore(): Store {
    const store = createStore(index);
    disposers.push(mountYearPlayer(store, max));
    return store;
  }

  it('steps one year every YEAR_STEP_MS', () => {
    const store = yearStore();
    store.dispatch({ type: 'play-years', playing: true });
    expect(store.getState().year).toBe(min);
    vi.advanceTimersByTime(YEAR_STEP_MS - 1);
    expect(store.getState().year).toBe(min);
    vi.advanceTimersByTime(1);
    expect(store.getState().year).toBe(min + 1);
    vi.advanceTimersByTime(YEAR_STEP_MS);
    expect(store.getState().year).toBe(min + 2);
  });

  it('asks the camera to fly to each year', () => {
    const store = yearStore();
    store.dispatch({ type: 'set-year', year: 2001 });
    store.dispatch({ type: 'play-years', playing: true });
    vi.advanceTimersByTime(YEAR_STEP_MS);
    expect(store.getState().year).toBe(2002);
    expect(store.getState().cameraRequest).toMatchObject({ kind: 'fit' });
  });

  it('stops at the last year', () => {
    const store = yearStore();
    store.dispatch({ type: 'play-years', playing: true });
    vi.advanceTimersByTime(YEAR_STEP_MS * (max - min));
    expect(store.getState()).toMatchObject({ year: max, yearPlaying: true });
    vi.advanceTimersByTime(YEAR_STEP_MS);
    expect(store.getState()).toMatchObject({ year: max, yearPlaying: false });
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(YEAR_STEP_MS * 5);
    expect(store.getState().year).toBe(max);
  });

  it('stops stepping when paused', () => {
    const store = yearStore();
    store.dispatch({ type: 'play-years', playing: true });
    vi.advanceTimersByTime(YEAR_STEP_MS);
    store.dispatch({ type: 'play-years', playing: false });
    vi.advanceTimersByTime(YEAR_STEP_MS * 5);
    expect(store.getState().year).toBe(min + 1);
  });

  it('clears its timer and stops listening on dispose', () => {
    const store = createStore(index);
    const dispose = mountYearPlayer(store, max);
    store.dispatch({ type: 'play-years', playing: true });
    expect(vi.getTimerCount()).toBe(1);
    dispose();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(YEAR_STEP_MS * 3);
    expect(store.getState().year).toBe(min);
    store.dispatch({ type: 'play-years', playing: false });
    store.dispatch({ type: 'play-years', playing: true });
    expect(vi.getTimerCount()).toBe(0);
  });
});
