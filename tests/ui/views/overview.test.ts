// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
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
