import { describe, expect, it, vi } from 'vitest';
import { SELECTION_KINDS } from '../../src/model/kinds.ts';
import {
  type AtlasState,
  type Camera,
  createInitialState,
  createStore,
  DEFAULT_CAMERA,
  type Intent,
  PLACE_ZOOM,
  reduce,
} from '../../src/state/store.ts';
import { loadFixtureIndex } from '../helpers.ts';

const index = loadFixtureIndex();
const initial = createInitialState(index);
const LAST_STOP = index.dataset.route.stops.length - 1;

/** Applies intents one after another from `state`. */
function run(state: AtlasState, ...intents: Intent[]): AtlasState {
  return intents.reduce((s, intent) => reduce(index, s, intent), state);
}

describe('createInitialState', () => {
  it('starts at the last year, with nothing selected and no route', () => {
    expect(initial).toEqual({
      selection: null,
      year: 2002,
      yearPlaying: false,
      detail: false,
      tour: { id: null, step: null, stepId: null, playing: false, speed: 1, arrived: true, passing: false },
      storyReturn: null,
      camera: DEFAULT_CAMERA,
      cameraRequest: null,
      tourReturn: null,
      themes: [],
    });
  });
});

describe('set-themes', () => {
  it('keeps known themes once each, in the page’s order', () => {
    const next = run(initial, {
      type: 'set-themes',
      themes: ['framework', 'nonsense', 'security-cooperation', 'framework'],
    });
    expect(next.themes).toEqual(['security-cooperation', 'framework']);
  });

  it('clears the filter with an empty list and keeps the state when nothing changes', () => {
    const on = run(initial, { type: 'set-themes', themes: ['framework'] });
    expect(run(on, { type: 'set-themes', themes: [] }).themes).toEqual([]);
    expect(run(on, { type: 'set-themes', themes: ['framework'] })).toBe(on);
  });

  it('leaves the selection, year and tour alone', () => {
    const selected = run(initial, { type: 'select', selection: { kind: 'place', id: 'termez' } });
    const next = run(selected, { type: 'set-themes', themes: ['framework'] });
    expect(next.selection).toEqual(selected.selection);
    expect(next.year).toBe(selected.year);
    expect(next.tour).toEqual(selected.tour);
  });
});

describe('select', () => {
  it('selects known places, events and programmes', () => {
    expect(run(initial, { type: 'select', selection: { kind: 'place', id: 'termez' } }).selection).toEqual({
      kind: 'place',
      id: 'termez',
    });
    expect(run(initial, { type: 'select', selection: { kind: 'event', id: 'joins-pfp' } }).selection).toEqual(
      {
        kind: 'event',
        id: 'joins-pfp',
      },
    );
    expect(run(initial, { type: 'select', selection: { kind: 'programme', id: 'parp' } }).selection).toEqual({
      kind: 'programme',
      id: 'parp',
    });
  });

  it('ignores unknown ids, keeping the same state object', () => {
    const selected = run(initial, { type: 'select', selection: { kind: 'place', id: 'termez' } });
    for (const selection of [
      { kind: 'place' as const, id: 'atlantis' },
      { kind: 'event' as const, id: 'termez' },
      { kind: 'programme' as const, id: 'joins-pfp' },
    ])
      expect(reduce(index, selected, { type: 'select', selection })).toBe(selected);
  });

  it('clears the selection with null', () => {
    const selected = run(initial, { type: 'select', selection: { kind: 'place', id: 'termez' } });
    expect(run(selected, { type: 'select', selection: null }).selection).toBeNull();
  });

  it('asks the camera to fit the place when flying', () => {
    const state = run(initial, { type: 'select', selection: { kind: 'place', id: 'termez' }, fly: true });
    expect(state.cameraRequest).toEqual({
      seq: 1,
      kind: 'fit',
      bounds: [
        [67.2783, 37.2242],
        [67.2783, 37.2242],
      ],
      maxZoom: PLACE_ZOOM,
    });
  });

  it('flies by default, and fits every place of an event', () => {
    const state = run(initial, { type: 'select', selection: { kind: 'event', id: 'joins-parp' } });
    expect(state.cameraRequest).toMatchObject({
      kind: 'fit',
      bounds: [
        [67.2783, 34.5281],
        [69.1723, 37.2242],
      ],
    });
  });

  it('fits the places of a programme', () => {
    const state = run(initial, { type: 'select', selection: { kind: 'programme', id: 'parp' } });
    expect(state.cameraRequest).toMatchObject({
      kind: 'fit',
      bounds: [
        [67.2783, 34.5281],
        [69.1723, 37.2242],
      ],
    });
  });

  it('numbers camera requests so that the map sees each one', () => {
    const first = run(initial, { type: 'select', selection: { kind: 'place', id: 'termez' } });
    const second = run(first, { type: 'select', selection: { kind: 'place', id: 'kabul' } });
    expect(first.cameraRequest?.seq).toBe(1);
    expect(second.cameraRequest?.seq).toBe(2);
  });

  it('does not move the camera with fly: false', () => {
    const state = run(initial, { type: 'select', selection: { kind: 'place', id: 'termez' }, fly: false });
    expect(state.selection).toEqual({ kind: 'place', id: 'termez' });
    expect(state.cameraRequest).toBeNull();
    const flown = run(initial, { type: 'select', selection: { kind: 'place', id: 'kabul' } });
    const kept = run(flown, { type: 'select', selection: { kind: 'place', id: 'termez' }, fly: false });
    expect(kept.cameraRequest).toBe(flown.cameraRequest);
  });
});

describe('set-year', () => {
  it('sets a year inside the range', () => {
    expect(run(initial, { type: 'set-year', year: 1996 }).year).toBe(1996);
  });

  it('clamps to the years of the data', () => {
    expect(run(initial, { type: 'set-year', year: 1900 }).year).toBe(index.yearRange.min);
    const early = run(initial, { type: 'set-year', year: 1996 });
    expect(run(early, { type: 'set-year', year: 3000 }).year).toBe(index.yearRange.max);
  });

  it('rounds fractional years', () => {
    expect(run(initial, { type: 'set-year', year: 1996.4 }).year).toBe(1996);
  });

  it('returns the same state when the year does not change', () => {
    expect(reduce(index, initial, { type: 'set-year', year: initial.year })).toBe(initial);
  });

  it('ignores NaN', () => {
    const early = run(initial, { type: 'set-year', year: 1996 });
    expect(reduce(index, early, { type: 'set-year', year: Number.NaN })).toBe(early);
    expect(reduce(index, initial, { type: 'set-year', year: Number.NaN })).toBe(initial);
  });

  it('fits the places of the new year only when flying', () => {
    const quiet = run(initial, { type: 'set-year', year: 1994 });
    expect(quiet.cameraRequest).toBeNull();
    const flown = run(initial, { type: 'set-year', year: 1994, fly: true });
    expect(flown.cameraRequest).toMatchObject({
      kind: 'fit',
      bounds: [
        [66.9597, 39.6542],
        [69.2401, 41.2995],
      ],
    });
  });
});

describe('play-years', () => {
  it('restarts from the first year when at the last', () => {
    const state = run(initial, { type: 'play-years', playing: true });
    expect(state.yearPlaying).toBe(true);
    expect(state.year).toBe(index.yearRange.min);
  });

  it('continues from an earlier year', () => {
    const state = run(initial, { type: 'set-year', year: 1996 }, { type: 'play-years', playing: true });
    expect(state.year).toBe(1996);
    expect(run(state, { type: 'play-years', playing: false })).toMatchObject({
      year: 1996,
      yearPlaying: false,
    });
  });
});

describe('route', () => {
  it('goes to a stop, selects its place and waits for the camera', () => {
    const state = run(initial, { type: 'tour-go', tour: 'route', step: 2 });
    expect(state.tour).toEqual({
      id: 'route',
      step: 2,
      stepId: 'termez',
      playing: false,
      speed: 1,
      arrived: false,
      passing: false,
    });
    expect(state.selection).toEqual({ kind: 'place', id: 'termez' });
  });

  it('ignores stops out of bounds or not whole', () => {
    for (const stop of [-1, LAST_STOP + 1, 1.5, Number.NaN])
      expect(reduce(index, initial, { type: 'tour-go', tour: 'route', step: stop })).toBe(initial);
  });

  it('steps forward and back within the stops', () => {
    const at1 = run(initial, { type: 'tour-go', tour: 'route', step: 1 });
    expect(run(at1, { type: 'tour-step', tour: 'route', delta: 1 }).tour.step).toBe(2);
    expect(run(at1, { type: 'tour-step', tour: 'route', delta: -1 }).tour.step).toBe(0);
    expect(run(initial, { type: 'tour-step', tour: 'route', delta: 1 }).tour.step).toBe(0);
  });

  it('does not step before the first stop', () => {
    const at0 = run(initial, { type: 'tour-go', tour: 'route', step: 0 });
    expect(run(at0, { type: 'tour-step', tour: 'route', delta: -1 }).tour.step).toBe(0);
  });

  it('stops playing on reaching the last stop, where the route ends, and stays there', () => {
    const playing = run(
      initial,
      { type: 'tour-play', tour: 'route', playing: true },
      { type: 'tour-go', tour: 'route', step: LAST_STOP - 1 },
    );
    expect(playing.tour).toMatchObject({ step: LAST_STOP - 1, playing: true });
    const end = run(playing, { type: 'tour-step', tour: 'route', delta: 1 });
    expect(end.tour).toMatchObject({ step: LAST_STOP, playing: false });
    const after = run(end, { type: 'tour-step', tour: 'route', delta: 1 });
    expect(after.tour).toMatchObject({ step: LAST_STOP, playing: false });
  });

  it('starts playing from the first stop when not on the route', () => {
    const state = run(initial, { type: 'tour-play', tour: 'route', playing: true });
    expect(state.tour).toEqual({
      id: 'route',
      step: 0,
      stepId: 'tashkent',
      playing: true,
      speed: 1,
      arrived: false,
      passing: false,
    });
    expect(state.selection).toEqual({ kind: 'place', id: 'tashkent' });
  });

  it('restarts from the first stop when playing at the last', () => {
    const atEnd = run(initial, { type: 'tour-go', tour: 'route', step: LAST_STOP });
    expect(run(atEnd, { type: 'tour-play', tour: 'route', playing: true }).tour).toMatchObject({
      step: 0,
      playing: true,
    });
  });

  it('plays on from a middle stop', () => {
    const middle = run(initial, { type: 'tour-go', tour: 'route', step: 2 });
    expect(run(middle, { type: 'tour-play', tour: 'route', playing: true }).tour).toMatchObject({
      step: 2,
      playing: true,
    });
  });

  it('pauses', () => {
    const playing = run(initial, { type: 'tour-play', tour: 'route', playing: true });
    expect(run(playing, { type: 'tour-play', tour: 'route', playing: false }).tour).toMatchObject({
      step: 0,
      playing: false,
    });
  });

  it('accepts only the listed speeds', () => {
    expect(run(initial, { type: 'tour-speed', speed: 2 }).tour.speed).toBe(2);
    expect(reduce(index, initial, { type: 'tour-speed', speed: 3 })).toBe(initial);
  });

  it('marks arrival only for the current stop', () => {
    const going = run(initial, { type: 'tour-go', tour: 'route', step: 1 });
    expect(reduce(index, going, { type: 'tour-arrived', step: 0 })).toBe(going);
    expect(reduce(index, going, { type: 'tour-arrived', step: 2 })).toBe(going);
    expect(run(going, { type: 'tour-arrived', step: 1 }).tour.arrived).toBe(true);
  });

  it('ignores a second arrival at the same stop', () => {
    const arrived = run(
      initial,
      { type: 'tour-go', tour: 'route', step: 1 },
      { type: 'tour-arrived', step: 1 },
    );
    expect(reduce(index, arrived, { type: 'tour-arrived', step: 1 })).toBe(arrived);
  });

  it('leaves the route, keeping the selection', () => {
    const playing = run(
      initial,
      { type: 'tour-play', tour: 'route', playing: true },
      { type: 'tour-go', tour: 'route', step: 2 },
    );
    const left = run(playing, { type: 'tour-leave' });
    expect(left.tour).toEqual({
      id: null,
      step: null,
      stepId: null,
      playing: false,
      speed: 1,
      arrived: true,
      passing: false,
    });
    expect(left.selection).toEqual({ kind: 'place', id: 'termez' });
  });
});

describe('restore', () => {
  const linkCamera: Camera = { center: [67.28, 37.22], zoom: 7, bearing: 10, pitch: 20 };

  it('restores a known selection, year, stop and camera', () => {
    const state = run(initial, {
      type: 'restore',
      state: {
        selection: { kind: 'event', id: 'joins-pfp' },
        year: 1996,
        stop: 2,
        chapter: null,
        detail: false,
        themes: [],
        camera: linkCamera,
      },
    });
    expect(state.selection).toEqual({ kind: 'event', id: 'joins-pfp' });
    expect(state.year).toBe(1996);
    expect(state.tour).toEqual({
      id: 'route',
      step: 2,
      stepId: 'termez',
      playing: false,
      speed: 1,
      // The link's camera is the move asked for, not the journey: nothing is left to wait for.
      arrived: true,
      passing: false,
    });
    expect(state.camera).toEqual(linkCamera);
    // The link's camera outranks the frame its selection would ask for.
    expect(state.cameraRequest).toMatchObject({ kind: 'view', camera: linkCamera });
  });

  it('frames a selection a link names without a camera', () => {
    const state = run(initial, {
      type: 'restore',
      state: {
        selection: { kind: 'place', id: 'termez' },
        year: 2016,
        stop: null,
        chapter: null,
        detail: false,
        themes: [],
        camera: null,
      },
    });
    expect(state.cameraRequest).toMatchObject({ kind: 'fit' });
  });

  it('drops an unknown selection and a bad stop', () => {
    const selected = run(initial, { type: 'tour-go', tour: 'route', step: 1 });
    for (const stop of [-1, 4, 99, 0.5]) {
      const state = run(selected, {
        type: 'restore',
        state: {
          selection: { kind: 'place', id: 'atlantis' },
          year: 1996,
          stop,
          chapter: null,
          detail: false,
          themes: [],
          camera: null,
        },
      });
      expect(state.selection).toBeNull();
      expect(state.tour).toMatchObject({ id: null, step: null, playing: false, arrived: true });
    }
  });

  it('keeps the current camera when the link has none', () => {
    const moved: Camera = { center: [60, 40], zoom: 5, bearing: 0, pitch: 0 };
    const state = run(
      initial,
      { type: 'camera-moved', camera: moved },
      {
        type: 'restore',
        state: {
          selection: null,
          year: 1996,
          stop: null,
          chapter: null,
          detail: false,
          themes: [],
          camera: null,
        },
      },
    );
    expect(state.camera).toBe(moved);
    expect(state.cameraRequest).toBeNull();
  });

  it('uses the last year when the link has none, and clamps others', () => {
    const early = run(initial, { type: 'set-year', year: 1996 });
    const restore = (year: number) =>
      run(early, {
        type: 'restore',
        state: { selection: null, year, stop: null, chapter: null, detail: false, themes: [], camera: null },
      }).year;
    expect(restore(Number.NaN)).toBe(index.yearRange.max);
    expect(restore(1950)).toBe(index.yearRange.min);
    expect(restore(2050)).toBe(index.yearRange.max);
  });

  it('stops any playing route', () => {
    const playing = run(initial, { type: 'tour-play', tour: 'route', playing: true });
    const state = run(playing, {
      type: 'restore',
      state: { selection: null, year: 2002, stop: 1, chapter: null, detail: false, themes: [], camera: null },
    });
    expect(state.tour).toMatchObject({ step: 1, playing: false, arrived: false });
  });
});

describe('camera-moved', () => {
  it('stores the camera without asking the map to move', () => {
    const camera: Camera = { center: [60, 40], zoom: 5, bearing: 0, pitch: 0 };
    const state = run(initial, { type: 'camera-moved', camera });
    expect(state.camera).toBe(camera);
    expect(state.cameraRequest).toBeNull();
  });
});

describe('createStore', () => {
  it('starts from the initial state and applies intents', () => {
    const store = createStore(index);
    expect(store.getState()).toEqual(initial);
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'kabul' } });
    expect(store.getState().selection).toEqual({ kind: 'place', id: 'kabul' });
  });

  it('calls listeners with the new and previous state until they unsubscribe', () => {
    const store = createStore(index);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const before = store.getState();
    store.dispatch({ type: 'set-year', year: 1996 });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith(store.getState(), before);
    expect(store.getState().year).toBe(1996);
    unsubscribe();
    store.dispatch({ type: 'set-year', year: 1997 });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getState().year).toBe(1997);
  });

  it('does not call listeners when the state is unchanged', () => {
    const store = createStore(index);
    const listener = vi.fn();
    store.subscribe(listener);
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'atlantis' } });
    store.dispatch({ type: 'set-year', year: store.getState().year });
    store.dispatch({ type: 'tour-go', tour: 'route', step: 99 });
    store.dispatch({ type: 'tour-arrived', step: 3 });
    store.dispatch({ type: 'tour-speed', speed: 7 });
    expect(listener).not.toHaveBeenCalled();
  });

  it('lets a listener unsubscribe another during a dispatch without skipping the rest', () => {
    const store = createStore(index);
    const calls: string[] = [];
    let unsubscribeB: () => void = () => {};
    store.subscribe(() => {
      calls.push('a');
      unsubscribeB();
    });
    unsubscribeB = store.subscribe(() => calls.push('b'));
    store.subscribe(() => calls.push('c'));
    store.dispatch({ type: 'set-year', year: 1996 });
    store.dispatch({ type: 'set-year', year: 1997 });
    expect(calls).toEqual(['a', 'b', 'c', 'a', 'c']);
  });

  it('accepts a starting state', () => {
    const start = run(initial, { type: 'set-year', year: 1995 });
    expect(createStore(index, start).getState()).toBe(start);
  });
});

describe('cross-view rules', () => {
  it('leaves the tour when something is selected, wherever the selection comes from', () => {
    const onTour = run(initial, { type: 'tour-play', tour: 'route', playing: true });
    const state = run(onTour, { type: 'select', selection: { kind: 'place', id: 'kabul' }, fly: false });
    expect(state.tour).toMatchObject({ id: null, step: null, playing: false });
    expect(state.selection).toEqual({ kind: 'place', id: 'kabul' });
  });

  it('leaves the tour on Escape first, and clears the selection on the next Escape', () => {
    const onTour = run(initial, { type: 'tour-go', tour: 'route', step: 2 });
    const left = run(onTour, { type: 'dismiss' });
    expect(left.tour.step).toBeNull();
    expect(left.selection).toEqual({ kind: 'place', id: 'termez' });
    expect(run(left, { type: 'dismiss' }).selection).toBeNull();
    expect(reduce(index, initial, { type: 'dismiss' })).toBe(initial);
  });

  it('stops year playback on restore, so Back is not overridden by the player', () => {
    const playing = run(initial, { type: 'play-years', playing: true });
    const state = run(playing, {
      type: 'restore',
      state: {
        selection: null,
        year: 1996,
        stop: null,
        chapter: null,
        detail: false,
        themes: [],
        camera: null,
      },
    });
    expect(state.yearPlaying).toBe(false);
    expect(state.year).toBe(1996);
  });

  it('moves the year to the event that is opened, from anywhere; a link naming a year keeps its year', () => {
    const [early, late] = [index.eventsByDate[0], index.eventsByDate.at(-1)];
    if (!early || !late || early.date.year === late.date.year) throw new Error('fixture needs two years');
    const opened = run(initial, { type: 'select', selection: { kind: 'event', id: early.id } });
    expect(opened.year).toBe(early.date.year);
    expect(run(opened, { type: 'select', selection: { kind: 'event', id: late.id } }).year).toBe(
      late.date.year,
    );
    // A place has no one year: the year stays.
    expect(run(opened, { type: 'select', selection: { kind: 'place', id: 'kabul' } }).year).toBe(
      early.date.year,
    );
    const link = { selection: { kind: 'event', id: early.id }, stop: null, chapter: null, detail: false };
    const restore = (year: number) =>
      run(initial, {
        type: 'restore',
        state: { ...link, year, themes: [], camera: null } as never,
      }).year;
    expect(restore(Number.NaN)).toBe(early.date.year);
    expect(restore(late.date.year)).toBe(late.date.year);
  });

  it('runs one player at a time', () => {
    const years = run(initial, { type: 'play-years', playing: true });
    const tour = run(years, { type: 'tour-play', tour: 'route', playing: true });
    expect(tour).toMatchObject({ yearPlaying: false, tour: { playing: true } });
    expect(run(tour, { type: 'play-years', playing: true }).tour.playing).toBe(false);
  });

  it("keeps the step's place detail in the state and closes it on the next step", () => {
    expect(reduce(index, initial, { type: 'show-detail', open: true })).toBe(initial);
    const open = run(
      initial,
      { type: 'tour-go', tour: 'route', step: 2 },
      { type: 'show-detail', open: true },
    );
    expect(open.detail).toBe(true);
    expect(run(open, { type: 'tour-step', tour: 'route', delta: 1 }).detail).toBe(false);
    expect(run(open, { type: 'tour-leave' }).detail).toBe(false);
  });
});

describe('selection kinds', () => {
  it('has a lookup for every kind, answering unknown ids with nothing', () => {
    for (const kind of SELECTION_KINDS) {
      const lookup = index.kinds[kind];
      expect(lookup.has('atlantis')).toBe(false);
      expect(lookup.places('atlantis')).toEqual([]);
      expect(lookup.events('atlantis')).toEqual([]);
      expect([...lookup.relatedPlaceIds('atlantis')]).toEqual([]);
    }
  });

  it('fits the camera to what the kind table says a selection covers', () => {
    const state = run(initial, { type: 'select', selection: { kind: 'programme', id: 'pfp' } });
    const places = index.kinds.programme.places('pfp').map((p) => p.coordinates);
    expect(places.length).toBeGreaterThan(0);
    expect(state.cameraRequest).toMatchObject({ kind: 'fit' });
    if (state.cameraRequest?.kind !== 'fit') throw new Error('no fit');
    const [[w, s], [e, n]] = state.cameraRequest.bounds;
    for (const [lon, lat] of places) {
      expect(lon).toBeGreaterThanOrEqual(w);
      expect(lon).toBeLessThanOrEqual(e);
      expect(lat).toBeGreaterThanOrEqual(s);
      expect(lat).toBeLessThanOrEqual(n);
    }
  });
});

describe('nested dispatches', () => {
  it('lets every listener see a change before the intent a listener sent during it runs', () => {
    const store = createStore(index);
    const seen: string[] = [];
    store.subscribe((state) => {
      seen.push(`a:${state.year}`);
      if (state.year === 1996) store.dispatch({ type: 'set-year', year: 1997 });
    });
    store.subscribe((state, previous) => seen.push(`b:${previous.year}->${state.year}`));
    store.dispatch({ type: 'set-year', year: 1996 });
    expect(seen).toEqual(['a:1996', 'b:2002->1996', 'a:1997', 'b:1996->1997']);
    expect(store.getState().year).toBe(1997);
  });
});

describe('a listener that throws', () => {
  it('is reported, the others still see the change, and queued intents still run', () => {
    const reported: unknown[] = [];
    const store = createStore(index, undefined, { onListenerError: (error) => reported.push(error) });
    const seen: number[] = [];
    store.subscribe((state, previous) => {
      // Sends an intent while listeners are being told: it is queued behind this change.
      if (state.year === 1996 && previous.year !== 1996) store.dispatch({ type: 'set-year', year: 1997 });
    });
    store.subscribe(() => {
      throw new Error('broken view');
    });
    store.subscribe((state) => seen.push(state.year));
    expect(() => store.dispatch({ type: 'set-year', year: 1996 })).not.toThrow();
    expect(seen).toEqual([1996, 1997]);
    expect(store.getState().year).toBe(1997);
    expect(reported).toHaveLength(2);
    expect(String(reported[0])).toMatch(/broken view/);
    // The store still works afterwards.
    store.dispatch({ type: 'set-year', year: 1998 });
    expect(seen.at(-1)).toBe(1998);
  });
});
