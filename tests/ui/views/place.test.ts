// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { at, eventsOf, makePlace, placesOf } from '../../helpers.ts';
import { openPanel } from './harness.ts';

/** The panel on a fixture where Termez has an airfield (with an event) and a bridge 13 km east. */
function openPlace(id: string, allAtAirfield = false) {
  return openPanel({ kind: 'place', id }, (f) => {
    const airfield = makePlace('termez-airfield', 'Termez airfield', 'UZB', [67.31, 37.2867]);
    airfield.properties.partOf = 'termez';
    airfield.properties.kind = 'airfield';
    const bridge = makePlace('bridge', 'Hairaton Bridge', 'UZB', [67.4278, 37.2284]);
    bridge.properties.kind = 'bridge';
    bridge.properties.eventless = 'context';
    const country = makePlace('uzbekistan', 'Uzbekistan', 'UZB', [64.5, 41.4]);
    country.properties.kind = 'country';
    placesOf(f).push(airfield, bridge, country);
    at(eventsOf(f), 0).placeIds = ['termez-airfield'];
    at(eventsOf(f), 1).placeIds.push('uzbekistan');
    if (allAtAirfield) at(eventsOf(f), 2).placeIds = ['termez-airfield', 'kabul'];
  });
}

const headings = (c: HTMLElement) => [...c.querySelectorAll('h3')].map((h) => h.textContent);
const listIds = (list: Element | null | undefined) =>
  [...(list?.querySelectorAll<HTMLElement>('li[data-event-id]') ?? [])].map((li) => li.dataset.eventId);

describe('place view', () => {
  it('lists its own events, then its parts’ events in a section of their own', () => {
    const { container } = openPlace('termez');
    expect(headings(container)).toEqual(
      expect.arrayContaining(['Events here (1)', 'At Termez airfield (1)']),
    );
    const lists = [...container.querySelectorAll('.event-list')];
    expect(listIds(lists[0])).toEqual(['joins-parp']);
    expect(listIds(lists[1])).toEqual(['joins-pfp']);
  });

  it('names its parts and its parent as links', () => {
    const termez = openPlace('termez').container;
    expect(termez.querySelector('[aria-label="Parts of Termez"] button')?.textContent).toBe(
      'Termez airfield',
    );
    const { container, store } = openPlace('termez-airfield');
    const parent = container.querySelector<HTMLButtonElement>('.part-of button');
    expect(parent?.textContent).toBe('Termez');
    parent?.click();
    expect(store.getState().selection).toEqual({ kind: 'place', id: 'termez' });
  });

  it('lists nearby places with distance and direction, but not its parts', () => {
    const { container } = openPlace('termez');
    const nearby = [...container.querySelectorAll('.nearby button')].map((b) => b.textContent);
    expect(nearby).toEqual(['Hairaton Bridge, 13 km E']);
  });

  it('shows a place with only its parts’ stories without an empty list of its own', () => {
    const { container } = openPlace('termez', true);
    expect(headings(container)).not.toContain('Events here (0)');
    expect(headings(container)).toContain('At Termez airfield (2)');
    expect(listIds(container.querySelector('.event-list'))).toEqual(['joins-pfp', 'joins-parp']);
  });

  it('labels a country place as a country and lists its events', () => {
    const { container } = openPlace('uzbekistan');
    expect(container.querySelector('.panel-subtitle')?.textContent).toMatch(/^Country · Uzbekistan/);
    expect(listIds(container.querySelector('.event-list'))).toEqual(['security-agreement']);
  });
});

describe('theme filter in the panel', () => {
  it('dims the events without a chosen theme and undims them when the filter is cleared', () => {
    const { container, store } = openPanel({ kind: 'place', id: 'termez' });
    const dimmedIds = () =>
      [...container.querySelectorAll<HTMLElement>('li.is-dimmed[data-event-id]')].map(
        (li) => li.dataset.eventId,
      );
    expect(dimmedIds()).toEqual([]);
    store.dispatch({ type: 'set-themes', themes: ['framework'] });
    expect(dimmedIds()).toEqual(['joins-parp']);
    store.dispatch({ type: 'set-themes', themes: ['defence-reform'] });
    expect(dimmedIds()).toEqual([]);
    store.dispatch({ type: 'set-themes', themes: [] });
    expect(dimmedIds()).toEqual([]);
  });
});
