// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore } from '../../src/state/store.ts';
import { renderReadingDocument } from '../../src/ui/reading-document.ts';
import { mountReadingView } from '../../src/ui/reading-view.ts';
import { at, loadFixtureIndex } from '../helpers.ts';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.replaceChildren();
  window.location.hash = '';
});

function mount() {
  const index = loadFixtureIndex();
  const store = createStore(index);
  const covered = document.createElement('div');
  const opener = document.createElement('a');
  opener.href = '#reading';
  covered.append(opener);
  const root = renderReadingDocument(document, index, { intro: 'Intro.' });
  document.body.append(covered, root);
  const print = vi.fn();
  dispose = mountReadingView({ root, opener, covered }, store, print);
  return { index, store, covered, opener, root, print };
}

describe('mountReadingView', () => {
  it('follows the theme filter: only the matching events, a line saying so, and a way back to all', () => {
    const { store, root } = mount();
    const shown = () =>
      [...root.querySelectorAll<HTMLElement>('.chron-event')].filter((e) => !e.hidden).map((e) => e.id);
    const notice = () => root.querySelector<HTMLElement>('.reading-filter');
    expect(shown()).toHaveLength(3);
    expect(notice()?.hidden ?? true).toBe(true);
    store.dispatch({ type: 'set-themes', themes: ['framework'] });
    expect(shown().sort()).toEqual(['event=joins-pfp', 'event=security-agreement']);
    expect(notice()?.hidden).toBe(false);
    expect(notice()?.textContent).toContain('Showing 2 of 3 events: Framework for cooperation');
    // A year left without events goes with them.
    const year2002 = root.querySelector<HTMLElement>('#year-2002')?.closest<HTMLElement>('.chron-year');
    expect(year2002?.hidden).toBe(true);
    notice()?.querySelector<HTMLButtonElement>('button')?.click();
    expect(store.getState().themes).toEqual([]);
    expect(shown()).toHaveLength(3);
    expect(year2002?.hidden).toBe(false);
    expect(notice()?.hidden).toBe(true);
  });

  it('opens from the header link and closes with Escape, covering the map meanwhile', () => {
    const { opener, root, covered } = mount();
    expect(root.classList.contains('is-open')).toBe(false);
    opener.click();
    expect(root.classList.contains('is-open')).toBe(true);
    expect(opener.getAttribute('aria-expanded')).toBe('true');
    expect(covered.inert).toBe(true);
    expect(document.activeElement).toBe(root);
    root.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(root.classList.contains('is-open')).toBe(false);
    expect(covered.inert).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('prints from its button and closes from its own', () => {
    const { opener, root, print } = mount();
    opener.click();
    root.querySelector<HTMLButtonElement>('[data-reading="print"]')?.click();
    expect(print).toHaveBeenCalledTimes(1);
    root.querySelector<HTMLButtonElement>('[data-reading="close"]')?.click();
    expect(root.classList.contains('is-open')).toBe(false);
  });

  it('turns a place link into a selection on the map and closes', () => {
    const { index, store, opener, root } = mount();
    const event = at(index.eventsByDate, 0);
    const placeId = at(event.placeIds, 0);
    opener.click();
    root.querySelector<HTMLAnchorElement>(`a[href="#place=${placeId}"]`)?.click();
    expect(store.getState().selection).toEqual({ kind: 'place', id: placeId });
    expect(root.classList.contains('is-open')).toBe(false);
  });

  it('scrolls to a section from the contents without touching the address', () => {
    const { store, opener, root } = mount();
    opener.click();
    const places = document.getElementById('places');
    const scrolled = vi.fn();
    if (places) places.scrollIntoView = scrolled;
    root.querySelector<HTMLAnchorElement>('a[href="#places"]')?.click();
    expect(scrolled).toHaveBeenCalledTimes(1);
    expect(window.location.hash).toBe('');
    expect(store.getState().selection).toBeNull();
    expect(root.classList.contains('is-open')).toBe(true);
  });

  it('starts open when the page was opened at #reading', () => {
    window.location.hash = '#reading';
    const { root } = mount();
    expect(root.classList.contains('is-open')).toBe(true);
    root.querySelector<HTMLButtonElement>('[data-reading="close"]')?.click();
    expect(root.classList.contains('is-open')).toBe(false);
    expect(root.classList.contains('is-mounted')).toBe(true);
  });
});
