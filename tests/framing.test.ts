// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createReplaceOnlyWindow, detectFraming } from '../src/framing.ts';
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
