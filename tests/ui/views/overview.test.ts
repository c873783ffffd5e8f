// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { LIST_START_LIMIT } from '../../../src/ui/views/parts.ts';
import { at, eventsOf, makePlace, placesOf } from '../../helpers.ts';
import { openPanel } from './harness.ts';

describe('overview', () => {
  it('lists the country places first, as nation-wide, and selects one', () => {
    const { container, store } = openPanel(null, (f) => {
      const country = makePlace('uzbekistan', 'Uzbekistan', 'UZB', [64.5, 41.4]);
      country.properties.kind = 'country';
      placesOf(f).push(country);
      at(eventsOf(f), 1).placeIds.push('uzbekistan');
    });
    const items = [...container.querySelectorAll('.place-list li')];
    expect(items[0]?.textContent).toBe('Uzbekistan Nation-wide, 1 event');
    container.querySelector<HTMLButtonElement>('.place-list [data-value="uzbekistan"]')?.click();
    expect(store.getState().selection).toEqual({ kind: 'place', id: 'uzbekistan' });
    expect(container.querySelector('h2')?.textContent).toBe('Uzbekistan');
  });

  it('counts a place’s parts’ events with its own', () => {
    const { container } = openPanel(null, (f) => {
      const airfield = makePlace('termez-airfield', 'Termez airfield', 'UZB', [67.31, 37.2867]);
      airfield.properties.partOf = 'termez';
      placesOf(f).push(airfield);
      at(eventsOf(f), 0).placeIds.push('termez-airfield');
    });
    const termez = container.querySelector('.place-list [data-value="termez"]')?.closest('li');
    expect(termez?.textContent).toBe('Termez City, 2 events');
  });
});

describe('overview with a long list of places', () => {
  const many = LIST_START_LIMIT + 25;
  const openWithManyPlaces = () =>
    openPanel(null, (f) => {
      // Each new place shares the first event, so the data stays valid (every place has a story).
      for (let i = 0; i < many; i++) {
        const id = `extra-${String(i).padStart(3, '0')}`;
        placesOf(f).push(makePlace(id, `Extra ${String(i).padStart(3, '0')}`, 'UZB', [64 + i / 1000, 41]));
        at(eventsOf(f), 0).placeIds.push(id);
      }
    });

  it('shows the start of the list and a button that shows all of it, focusing the first new item', () => {
    const { container } = openWithManyPlaces();
    const total = container.querySelectorAll('[data-place-item]').length;
    expect(total).toBe(LIST_START_LIMIT);
    const more = container.querySelector<HTMLButtonElement>('[data-action="show-all"][data-value="places"]');
    expect(more?.textContent).toMatch(/^Show all \d+ places$/);
    more?.click();
    const items = [...container.querySelectorAll<HTMLElement>('.place-list [data-place-item]')];
    expect(items.length).toBeGreaterThan(many);
    expect(container.querySelector('[data-action="show-all"]')).toBeNull();
    expect(container.ownerDocument.activeElement).toBe(items[LIST_START_LIMIT]?.querySelector('button'));
  });

  it('keeps the whole list through a year change and marks the places shown after the button', () => {
    const { container, store, index } = openWithManyPlaces();
    container.querySelector<HTMLButtonElement>('[data-action="show-all"]')?.click();
    const year = Math.min(...index.firstYearByPlace.values());
    store.dispatch({ type: 'set-year', year });
    const items = [...container.querySelectorAll<HTMLElement>('.place-list [data-place-item]')];
    expect(items.length).toBeGreaterThan(many);
    const later = items.filter((item) => item.classList.contains('is-later'));
    expect(later.length).toBeGreaterThan(0);
    for (const item of items)
      expect(item.classList.contains('is-later')).toBe(
        (index.firstYearByPlace.get(item.dataset.placeItem ?? '') ?? 0) > year,
      );
  });
});
