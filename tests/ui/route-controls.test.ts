// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { measureRoute } from '../../src/build/route.ts';
import { createStore, type Store } from '../../src/state/store.ts';
import { mountRouteControls } from '../../src/ui/route-controls.ts';
import { loadFixtureDataset, loadFixtureIndex } from '../helpers.ts';

const dataset = loadFixtureDataset();
const index = loadFixtureIndex();
let dispose: (() => void) | undefined;

function mount(): { store: Store; follow: HTMLButtonElement; bar: HTMLElement } {
  const store = createStore(index);
  const follow = document.createElement('button');
  const bar = document.createElement('div');
  document.body.append(follow, bar);
  dispose = mountRouteControls(follow, bar, store, measureRoute(dataset), (id) => id);
  return { store, follow, bar };
}

function press(key: string, target: EventTarget = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

afterEach(() => {
  dispose?.();
  dispose = undefined;
  document.body.replaceChildren();
});

describe('mountRouteControls', () => {
  it('leaves the route on Escape pressed outside the panel', () => {
    const { store } = mount();
    store.dispatch({ type: 'tour-go', tour: 'route', step: 1 });
    const event = press('Escape');
    expect(store.getState().tour.step).toBeNull();
    expect(event.defaultPrevented).toBe(true);
  });

  it('leaves Escape alone when no route is followed', () => {
    const { store } = mount();
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'kabul' } });
    expect(press('Escape').defaultPrevented).toBe(false);
    expect(store.getState().selection).toEqual({ kind: 'place', id: 'kabul' });
  });

  it('steps with N and P, and follows the store into the bar', () => {
    const { store, bar } = mount();
    store.dispatch({ type: 'tour-go', tour: 'route', step: 0 });
    press('n');
    expect(store.getState().tour.step).toBe(1);
    press('p');
    expect(store.getState().tour.step).toBe(0);
    expect(bar.hidden).toBe(false);
    expect(bar.querySelector('.route-progress')?.textContent).toMatch(/^Stop 1 of 4: tashkent/);
  });

  it('ends on "the end" at the last stop, with Leave as its one way out and nothing left to play', () => {
    const { store, bar } = mount();
    store.dispatch({ type: 'tour-play', tour: 'route', playing: true });
    const last = dataset.route.stops.length - 1;
    for (let stop = 1; stop <= last; stop++) store.dispatch({ type: 'tour-step', tour: 'route', delta: 1 });
    expect(store.getState().tour).toMatchObject({ step: last, playing: false });
    const shown = [...bar.querySelectorAll<HTMLElement>('button, select')]
      .filter((el) => !el.closest('[hidden]'))
      .map((el) => (el as HTMLElement).dataset.route ?? el.tagName.toLowerCase());
    expect(shown).toEqual(['prev', 'leave']);
    expect(bar.querySelector('.route-progress')?.textContent).toMatch(/^The end of the route\. Stop /);
    // A step back brings the controls back.
    store.dispatch({ type: 'tour-step', tour: 'route', delta: -1 });
    expect(bar.querySelector<HTMLElement>('[data-route="play"]')?.closest('[hidden]')).toBeNull();
  });
});
