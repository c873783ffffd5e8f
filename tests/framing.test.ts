// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { canRunMapWorker, createReplaceOnlyWindow, detectFraming } from '../src/framing.ts';
import { createStore } from '../src/state/store.ts';
import { canGoBackInAtlas, mountUrlSync } from '../src/state/url-sync.ts';
import { loadFixtureIndex } from './helpers.ts';

const index = loadFixtureIndex();
let dispose: (() => void) | undefined;

afterEach(() => {
  dispose?.();
  dispose = undefined;
  window.history.replaceState(null, '', window.location.pathname);
});

describe('inside another page’s frame', () => {
  it('selections rewrite the link instead of adding history entries, and Back is not the atlas’s', () => {
    const store = createStore(index);
    const before = window.history.length;
    dispose = mountUrlSync(store, index.yearRange.max, createReplaceOnlyWindow(window));
    const [first, second] = index.dataset.places;
    if (!first || !second) throw new Error('the fixture needs two places');
    store.dispatch({ type: 'select', selection: { kind: 'place', id: first.id } });
    store.dispatch({ type: 'select', selection: { kind: 'place', id: second.id } });
    store.dispatch({ type: 'tour-go', tour: 'route', step: 1 });
    expect(window.location.hash).toContain('stop=2');
    expect(window.history.length).toBe(before);
    expect(canGoBackInAtlas(window)).toBe(false);
  });

  it('Back inside the frame goes back through the frame’s own views, never past the one the article chose', () => {
    window.history.replaceState(null, '', '#place=termez');
    const store = createStore(index);
    const before = window.history.length;
    const framed = createReplaceOnlyWindow(window);
    dispose = mountUrlSync(store, index.yearRange.max, framed);
    expect(store.getState().selection).toEqual({ kind: 'place', id: 'termez' });
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'kabul' } });
    store.dispatch({ type: 'select', selection: { kind: 'event', id: 'joins-parp' } });
    expect(framed.history.length).toBe(3);
    framed.history.back();
    expect(store.getState().selection).toEqual({ kind: 'place', id: 'kabul' });
    framed.history.back();
    expect(store.getState().selection).toEqual({ kind: 'place', id: 'termez' });
    expect(framed.history.length).toBe(1);
    // At the article's view Back stays there: it never leaves the frame on the overview.
    framed.history.back();
    expect(store.getState().selection).toEqual({ kind: 'place', id: 'termez' });
    expect(window.location.hash).toBe('#place=termez');
    // And the host page's history was never touched.
    expect(window.history.length).toBe(before);
  });

  it('the same steps on the atlas’s own page do add entries (what the frame must not do)', () => {
    const store = createStore(index);
    const before = window.history.length;
    dispose = mountUrlSync(store, index.yearRange.max, window);
    const [first] = index.dataset.places;
    store.dispatch({ type: 'select', selection: { kind: 'place', id: first?.id ?? '' } });
    expect(window.history.length).toBe(before + 1);
  });

  it('reads whether it is framed and whether the embed layout is asked for', () => {
    expect(detectFraming(window)).toEqual({ framed: false, embed: false });
    window.history.replaceState(null, '', '?embed#place=x');
    expect(detectFraming(window).embed).toBe(true);
    const framed = new Proxy(window, {
      get: (target, key) => (key === 'top' ? {} : Reflect.get(target, key)),
    });
    expect(detectFraming(framed).framed).toBe(true);
    const guarded = new Proxy(window, {
      get: (target, key) => {
        if (key === 'top') throw new DOMException('Blocked a frame', 'SecurityError');
        return Reflect.get(target, key);
      },
    });
    expect(detectFraming(guarded).framed).toBe(true);
  });
});

describe('canRunMapWorker', () => {
  it('is false in a sandboxed frame (an opaque origin), so the page never tries and logs nothing', () => {
    // jsdom has no Worker: each window here is given one, or not, and an origin.
    const withWorker = (origin: string, worker: unknown = class {}) =>
      new Proxy(window, {
        get: (target, key) =>
          key === 'origin' ? origin : key === 'Worker' ? worker : Reflect.get(target, key),
      });
    expect(canRunMapWorker(withWorker('http://127.0.0.1:4173'))).toBe(true);
    expect(canRunMapWorker(withWorker('null'))).toBe(false);
    expect(canRunMapWorker(withWorker('http://127.0.0.1:4173', null))).toBe(false);
  });
});
