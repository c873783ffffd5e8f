// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/model/indexes.ts';
import { buildSearchIndex, listSearchDocuments } from '../../src/model/search-index.ts';
import { createStore, type Store } from '../../src/state/store.ts';
import { mountSearchBox } from '../../src/ui/search-box.ts';
import { loadFixtureDataset, loadFixtureIndex, loadProjectDataset } from '../helpers.ts';

const index = loadFixtureIndex();
const searchIndex = buildSearchIndex(listSearchDocuments(loadFixtureDataset()));
let dispose: (() => void) | undefined;
// jsdom lays nothing out, so it has no scrolling to do.
Element.prototype.scrollIntoView ??= () => {};

interface Mounted {
  store: Store;
  input: HTMLInputElement;
  listbox: HTMLElement;
  empty: HTMLElement;
  said: string[];
}

function mount(): Mounted {
  const store = createStore(index);
  const input = document.createElement('input');
  const listbox = document.createElement('div');
  const empty = document.createElement('p');
  const landing = document.createElement('div');
  landing.tabIndex = -1;
  document.body.append(input, listbox, empty, landing);
  const said: string[] = [];
  dispose = mountSearchBox({ input, listbox, empty, landing }, store, searchIndex, (t) => said.push(t));
  return { store, input, listbox, empty, said };
}

function type(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new Event('input'));
}

function press(target: EventTarget, key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

afterEach(() => {
  dispose?.();
  dispose = undefined;
  document.body.replaceChildren();
});

describe('mountSearchBox', () => {
  it('lists results in labelled groups and announces how many', () => {
    const { input, listbox, said } = mount();
    type(input, 'partnership');
    const groups = [...listbox.querySelectorAll('[role="group"]')].map((g) => g.getAttribute('aria-label'));
    expect(groups).toEqual(['Events', 'Programmes']);
    const count = listbox.querySelectorAll('[role="option"]').length;
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(said.at(-1)).toBe(`${count} result${count === 1 ? '' : 's'}`);
  });

  it('starts on the best match, moves with the arrows, wraps, and opens the chosen one with Enter', () => {
    const { store, input, listbox } = mount();
    type(input, 'PfP');
    const options = [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];
    expect(options.length).toBeGreaterThan(1);
    const activeIndex = () => options.findIndex((o) => o.id === input.getAttribute('aria-activedescendant'));
    const start = activeIndex();
    expect(start).toBeGreaterThanOrEqual(0);
    expect(options[start]?.getAttribute('aria-selected')).toBe('true');
    for (let i = 1; i <= options.length; i++) {
      press(input, 'ArrowDown');
      expect(activeIndex()).toBe((start + i) % options.length);
    }
    press(input, 'ArrowUp');
    const chosen = options[activeIndex()];
    expect(activeIndex()).toBe((start - 1 + options.length) % options.length);
    expect(chosen?.getAttribute('aria-selected')).toBe('true');
    press(input, 'Enter');
    expect(store.getState().selection).toEqual({ kind: chosen?.dataset.kind, id: chosen?.dataset.id });
    expect(store.getState().cameraRequest).not.toBeNull();
    expect(listbox.hidden).toBe(true);
    expect(input.value).toBe('');
  });

  it('says when nothing matches; Escape closes, then clears, then lets the page have it', () => {
    const { input, empty, said } = mount();
    type(input, 'zzqqxx');
    expect(empty.hidden).toBe(false);
    expect(said.at(-1)).toBe('No place, event or programme matches “zzqqxx”');
    expect(press(input, 'Escape').defaultPrevented).toBe(true);
    expect(empty.hidden).toBe(true);
    expect(input.value).toBe('zzqqxx');
    expect(press(input, 'Escape').defaultPrevented).toBe(true);
    expect(input.value).toBe('');
    expect(press(input, 'Escape').defaultPrevented).toBe(false);
  });

  it('focuses on / from the page but not from another text field', () => {
    const { input } = mount();
    const other = document.createElement('textarea');
    document.body.append(other);
    expect(press(other, '/').defaultPrevented).toBe(false);
    expect(document.activeElement).not.toBe(input);
    expect(press(document.body, '/').defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(input);
  });
});

describe('Enter on the project’s own data', () => {
  const projectData = loadProjectDataset();
  const projectIndex = buildIndex(projectData);
  const projectSearch = buildSearchIndex(listSearchDocuments(projectData));

  it('opens the best match, not the first group’s first result: “eapc” opens the EAPC', () => {
    const store = createStore(projectIndex);
    const input = document.createElement('input');
    const listbox = document.createElement('div');
    const empty = document.createElement('p');
    const landing = document.createElement('div');
    document.body.append(input, listbox, empty, landing);
    dispose = mountSearchBox({ input, listbox, empty, landing }, store, projectSearch, () => {});
    type(input, 'eapc');
    press(input, 'Enter');
    expect(store.getState().selection).toEqual({ kind: 'programme', id: 'eapc' });
  });
});

describe('the placeholder', () => {
  /** A media query whose answer the test sets, with the change events a browser sends. */
  function stubNarrowQuery(matches: boolean): { set: (next: boolean) => void; restore: () => void } {
    const listeners = new Set<() => void>();
    const query = {
      matches,
      addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    };
    const before = window.matchMedia;
    window.matchMedia = ((text: string) =>
      text.includes('max-width')
        ? query
        : {
            matches: false,
            addEventListener() {},
            removeEventListener() {},
          }) as unknown as typeof window.matchMedia;
    return {
      set: (next) => {
        query.matches = next;
        for (const listener of listeners) listener();
      },
      restore: () => {
        window.matchMedia = before;
      },
    };
  }

  it('is short where the box is narrow and long where it is wide, following the window', () => {
    const narrow = stubNarrowQuery(true);
    try {
      const { input } = mount();
      expect(input.placeholder).toBe('Search…');
      narrow.set(false);
      expect(input.placeholder).toBe('Search places, events…');
      dispose?.();
      dispose = undefined;
      narrow.set(true);
      // Unmounted, it no longer follows.
      expect(input.placeholder).toBe('Search places, events…');
    } finally {
      narrow.restore();
    }
  });
});
