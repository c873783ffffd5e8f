// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { measureRoute } from '../../src/build/route.ts';
import { buildIndex } from '../../src/model/indexes.ts';
import { createStore, type Store } from '../../src/state/store.ts';
import { mountPanel } from '../../src/ui/panel.ts';
import type { Fixture } from '../fixtures/dataset.ts';
import { at, loadFixtureDataset, placesOf } from '../helpers.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';

interface Mounted {
  container: HTMLElement;
  store: Store;
  dispose: () => void;
  goBack: ReturnType<typeof vi.fn>;
  announce: ReturnType<typeof vi.fn>;
}

let mounted: Mounted | undefined;

function mount(mutate?: (fixture: Fixture) => void): Mounted {
  const dataset = loadFixtureDataset(mutate);
  const index = buildIndex(dataset);
  const store = createStore(index);
  const container = document.createElement('aside');
  document.body.append(container);
  const goBack = vi.fn();
  const announce = vi.fn();
  const dispose = mountPanel(container, store, index, measureRoute(dataset), { goBack, announce });
  mounted = { container, store, dispose, goBack, announce };
  return mounted;
}

afterEach(() => {
  mounted?.dispose();
  mounted?.container.remove();
  mounted = undefined;
});

const title = (container: HTMLElement) => container.querySelector('h2')?.textContent;
const texts = (elements: Iterable<Element>) => [...elements].map((e) => e.textContent);

function button(container: HTMLElement, action: string, value: string): HTMLButtonElement {
  const found = container.querySelector<HTMLButtonElement>(
    `button[data-action="${action}"][data-value="${value}"]`,
  );
  if (!found) throw new Error(`no ${action} button for ${value}`);
  return found;
}

function pressEscape(target: HTMLElement): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
}

describe('mountPanel overview', () => {
  it('lists every place as a button', () => {
    const { container } = mount();
    const buttons = [...container.querySelectorAll<HTMLButtonElement>('.place-list button')];
    expect(buttons.map((b) => b.dataset.value).sort()).toEqual(['kabul', 'samarkand', 'tashkent', 'termez']);
    expect(texts(buttons)).toEqual(['Kabul', 'Samarkand', 'Tashkent', 'Termez']);
    for (const b of buttons) {
      expect(b.type).toBe('button');
      expect(b.dataset.action).toBe('select-place');
    }
    expect(container.dataset.view).toBe('overview');
    expect(title(container)).toBe('NATO and Uzbekistan, 1992–2016');
  });

  it('states the aim the page gives: peace and stability in Central Asia', () => {
    const { container } = mount();
    expect(container.querySelector('.overview-aim')?.textContent).toMatch(
      /peace and stability in Central Asia.*wars and armed conflicts/,
    );
  });

  it('counts the events of each place', () => {
    const { container } = mount();
    const tashkent = button(container, 'select-place', 'tashkent').closest('li');
    expect(tashkent?.textContent).toContain('City, 2 events');
    expect(button(container, 'select-place', 'kabul').closest('li')?.textContent).toContain('City, 1 event');
  });

  it('selects a place from the list', () => {
    const { container, store } = mount();
    button(container, 'select-place', 'kabul').click();
    expect(store.getState().selection).toEqual({ kind: 'place', id: 'kabul' });
    expect(store.getState().cameraRequest).toMatchObject({ kind: 'fit' });
  });

  it('with a theme on, lists the events it matches, counts only those, and clears from its own button', () => {
    const { container, store, announce } = mount();
    const focused = button(container, 'select-place', 'kabul');
    focused.focus();
    announce.mockClear();
    store.dispatch({ type: 'set-themes', themes: ['defence-reform'] });
    const section = container.querySelector<HTMLElement>('.theme-section');
    expect(section?.hidden).toBe(false);
    expect(section?.querySelector('p')?.textContent).toBe(
      'Showing 1 of 3 events: Defence and security sector reform',
    );
    expect(texts(section?.querySelectorAll('li [data-action="select-event"]') ?? [])).toEqual(['Joins PARP']);
    // The places' counts follow the filter; a place with none of its events in it is dimmed.
    const tashkent = button(container, 'select-place', 'tashkent').closest('li');
    expect(tashkent?.textContent).toContain('City, 0 events');
    expect(tashkent?.classList.contains('is-dimmed')).toBe(true);
    expect(button(container, 'select-place', 'termez').closest('li')?.textContent).toContain('City, 1 event');
    // Quietly: the reader's place and focus stay (the filter announces itself).
    expect(document.activeElement?.getAttribute('data-value')).toBe('kabul');
    expect(announce).not.toHaveBeenCalled();
    section?.querySelector<HTMLButtonElement>('[data-action="clear-themes"]')?.click();
    expect(store.getState().themes).toEqual([]);
    expect(container.querySelector<HTMLElement>('.theme-section')?.hidden ?? true).toBe(true);
    expect(button(container, 'select-place', 'tashkent').closest('li')?.textContent).toContain(
      'City, 2 events',
    );
  });

  it('marks places whose story starts after the year', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'set-year', year: 1996 });
    const later = texts(container.querySelectorAll('.place-list li.is-later button'));
    expect(later.sort()).toEqual(['Kabul', 'Termez']);
  });
});

describe('mountPanel place view', () => {
  it('renders the name in the heading and the events in date order with formatted dates', () => {
    const { container, store, announce } = mount();
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'tashkent' } });
    expect(title(container)).toBe('Tashkent');
    expect(container.dataset.view).toBe('place');
    const items = [...container.querySelectorAll<HTMLElement>('.event-list li')];
    expect(items.map((li) => li.dataset.eventId)).toEqual(['security-agreement', 'joins-pfp']);
    expect(texts(container.querySelectorAll('.event-list .event-date'))).toEqual([
      'between 1994 and 1996',
      '13 July 1994',
    ]);
    expect(texts(container.querySelectorAll('.event-list button'))).toEqual([
      'Security agreement',
      'Joins the Partnership for Peace',
    ]);
    expect(announce).toHaveBeenLastCalledWith('Tashkent, 2 events');
  });

  it('links each event to its first source with a safe link', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'tashkent' } });
    const link = container.querySelector<HTMLAnchorElement>('li[data-event-id="joins-pfp"] a.source-link');
    expect(link?.getAttribute('href')).toBe('https://www.nato.int/cps/en/natohq/topics_22839.htm');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link?.getAttribute('aria-label')).toBe('Source for “Joins the Partnership for Peace”: Seed page');
  });

  it('leaves the focus alone on the first render', () => {
    (document.activeElement as HTMLElement | null)?.blur();
    expect(document.activeElement).toBe(document.body);
    const { container } = mount();
    expect(document.activeElement).toBe(document.body);
    expect(container.contains(document.activeElement)).toBe(false);
  });

  it('moves focus to the new heading', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'tashkent' } });
    expect(document.activeElement).toBe(container.querySelector('h2'));
  });

  it('links programmes and places that share its events', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'termez' } });
    expect(button(container, 'select-programme', 'parp').textContent).toBe('PARP');
    expect(button(container, 'select-place', 'kabul').textContent).toBe('Kabul');
  });

  it('selects an event when its button is clicked', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'tashkent' } });
    button(container, 'select-event', 'joins-pfp').click();
    expect(store.getState().selection).toEqual({ kind: 'event', id: 'joins-pfp' });
    expect(title(container)).toBe('Joins the Partnership for Peace');
  });

  it('marks events after the year as later', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'set-year', year: 1994 });
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'termez' } });
    const item = container.querySelector<HTMLElement>('li[data-event-id="joins-parp"]');
    expect(item?.classList.contains('is-later')).toBe(true);
    expect(texts(item?.querySelectorAll('.badge') ?? [])).toContain('later');
  });

  it('does not mark events of the year or before as later', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'set-year', year: 1994 });
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'tashkent' } });
    expect(container.querySelectorAll('.event-list li.is-later')).toHaveLength(0);
    expect(texts(container.querySelectorAll('.event-list .badge'))).not.toContain('later');
  });

  it('updates the later badges when the year changes', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'termez' } });
    expect(container.querySelector('li[data-event-id="joins-parp"].is-later')).toBeNull();
    store.dispatch({ type: 'set-year', year: 2001 });
    expect(container.querySelector('li[data-event-id="joins-parp"].is-later')).not.toBeNull();
  });
});

describe('mountPanel event view', () => {
  it('renders the date, its basis and the sources as safe links', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'select', selection: { kind: 'event', id: 'joins-pfp' } });
    expect(container.querySelector('.event-when')?.textContent).toContain(
      '13 July 1994 — date from another source',
    );
    const sources = container.querySelectorAll('.sources li');
    expect(texts(sources)).toEqual([
      'Seed page — Key milestones · NATO, 3 March 2016 · nearest archived copy, 3 March 2016',
      'News report, July 1994 · Example, July 1994',
    ]);
    expect(texts(container.querySelectorAll('.sources a'))).toEqual([
      'Seed page — Key milestones',
      'nearest archived copy, 3 March 2016',
      'News report, July 1994',
    ]);
    expect(container.querySelector('.single-source .badge')?.textContent).toBe('one source');
    const links = container.querySelectorAll<HTMLAnchorElement>('.sources a');
    expect(links).toHaveLength(3);
    const [link, archived, outside] = links;
    expect(link?.getAttribute('href')).toBe(
      'https://www.nato.int/cps/en/natohq/topics_22839.htm#:~:text=Key%20milestones',
    );
    expect(archived?.getAttribute('href')).toBe(
      'https://web.archive.org/web/20160303120000/https://www.nato.int/cps/en/natohq/topics_22839.htm#:~:text=Key%20milestones',
    );
    expect(outside?.getAttribute('href')).toBe('https://example.org/1994');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link?.getAttribute('target')).toBe('_blank');
  });

  it('says nothing of one source where the event rests on several', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'select', selection: { kind: 'event', id: 'joins-parp' } });
    expect(container.querySelector('.single-source')).toBeNull();
  });

  it('lists the places and programmes of the event', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'select', selection: { kind: 'event', id: 'joins-parp' } });
    expect(button(container, 'select-place', 'termez').textContent).toBe('Termez');
    expect(button(container, 'select-place', 'kabul').textContent).toBe('Kabul');
    expect(button(container, 'select-programme', 'parp').getAttribute('aria-label')).toBe(
      'PARP: Planning and Review Process',
    );
  });
});

describe('mountPanel with hostile data', () => {
  it('renders markup in data as text', () => {
    const { container, store } = mount((f) => {
      at(placesOf(f), 0).properties.name = HOSTILE;
      at(placesOf(f), 0).properties.summary = HOSTILE;
    });
    expect(container.textContent).toContain(HOSTILE);
    expect(container.querySelector('img')).toBeNull();
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'tashkent' } });
    expect(title(container)).toBe(HOSTILE);
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('mountPanel navigation', () => {
  it('returns to the overview on Escape', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'tashkent' } });
    pressEscape(container.querySelector('h2') as HTMLElement);
    expect(store.getState().selection).toBeNull();
    expect(container.dataset.view).toBe('overview');
    expect(title(container)).toBe('NATO and Uzbekistan, 1992–2016');
  });

  it('leaves Escape alone in the overview', () => {
    const { container } = mount();
    const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    container.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });

  it('goes back and closes with the nav buttons', () => {
    const { container, store, goBack } = mount();
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'tashkent' } });
    button(container, 'back', '').click();
    expect(goBack).toHaveBeenCalledTimes(1);
    button(container, 'close', '').click();
    expect(store.getState().selection).toBeNull();
  });
});

describe('mountPanel route stop view', () => {
  it('shows the stop number, the place and the narrative', () => {
    const { container, store, announce } = mount();
    store.dispatch({ type: 'tour-go', tour: 'route', step: 0 });
    expect(container.dataset.view).toBe('route');
    expect(container.querySelector('.panel-kicker')?.textContent).toContain('stop 1 of 4');
    expect(title(container)).toBe('Tashkent');
    expect(container.textContent).toContain('Start.');
    expect(announce).toHaveBeenLastCalledWith('Stop 1 of 4: Tashkent');
    const current = container.querySelector('.stop-list [aria-current="step"]');
    expect(current?.textContent).toBe('Tashkent');
  });

  it('counts the distance from the first stop', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'tour-go', tour: 'route', step: 3 });
    expect(container.querySelector('.panel-kicker')?.textContent).toMatch(
      /Test route · stop 4 of 4 · \d{3} km from Tashkent/,
    );
  });

  it('goes to another stop and leaves the route', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'tour-go', tour: 'route', step: 0 });
    button(container, 'route-go', '2').click();
    expect(store.getState().tour.step).toBe(2);
    expect(title(container)).toBe('Termez');
    button(container, 'route-leave', '').click();
    expect(store.getState().tour.step).toBeNull();
    expect(container.dataset.view).toBe('place');
  });

  it('leaves the route on Escape', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'tour-go', tour: 'route', step: 1 });
    pressEscape(container.querySelector('h2') as HTMLElement);
    expect(store.getState().tour.step).toBeNull();
  });

  it('opens the full place detail without leaving the route', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'tour-go', tour: 'route', step: 2 });
    button(container, 'select-place-detail', 'termez').click();
    expect(store.getState().tour.step).toBe(2);
    expect(container.dataset.view).toBe('place');
    expect(container.querySelector('.event-list li[data-event-id="joins-parp"]')).not.toBeNull();
  });
});

describe('mountPanel views', () => {
  it('keeps the place detail of a stop in the store, and shows the stop again when it closes', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'tour-go', tour: 'route', step: 2 });
    button(container, 'select-place-detail', 'termez').click();
    expect(store.getState().detail).toBe(true);
    expect(container.dataset.view).toBe('place');
    store.dispatch({ type: 'show-detail', open: false });
    expect(container.dataset.view).toBe('route');
  });

  it('writes into the document of its container, not the page', () => {
    const other = document.implementation.createHTMLDocument('prerender');
    other.body.append(other.createElement('aside'));
    const dataset = loadFixtureDataset();
    const index = buildIndex(dataset);
    const store = createStore(index);
    const aside = other.querySelector('aside') as HTMLElement;
    const dispose = mountPanel(aside, store, index, measureRoute(dataset), {
      goBack: vi.fn(),
      announce: vi.fn(),
    });
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'termez' } });
    expect(aside.querySelector('h2')?.textContent).toBe('Termez');
    expect(aside.querySelector('h2')?.ownerDocument).toBe(other);
    dispose();
  });
});

describe('mountPanel over a prerendered overview', () => {
  it('takes over the prerendered element instead of adding a second one', () => {
    const dataset = loadFixtureDataset();
    const index = buildIndex(dataset);
    const store = createStore(index);
    const aside = document.createElement('aside');
    const prerendered = document.createElement('div');
    prerendered.className = 'panel-body';
    prerendered.textContent = 'prerendered overview';
    aside.append(prerendered);
    const dispose = mountPanel(aside, store, index, measureRoute(dataset), {
      goBack: vi.fn(),
      announce: vi.fn(),
    });
    expect(aside.querySelectorAll('.panel-body')).toHaveLength(1);
    expect(aside.querySelector('.panel-body')).toBe(prerendered);
    expect(prerendered.textContent).not.toContain('prerendered overview');
    expect(aside.querySelector('h2')?.textContent).toBe('NATO and Uzbekistan, 1992–2016');
    dispose();
  });
});

describe('mountPanel dispose', () => {
  it('removes its content and stops listening', () => {
    const { container, store, dispose, goBack } = mount();
    dispose();
    expect(container.querySelector('.panel-body')).toBeNull();
    expect(container.textContent).toBe('');

    // A button put back into the container is no longer handled.
    const stray = document.createElement('button');
    stray.dataset.action = 'select-place';
    stray.dataset.value = 'kabul';
    container.append(stray);
    stray.click();
    expect(store.getState().selection).toBeNull();

    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'termez' } });
    expect(container.querySelector('h2')).toBeNull();
    pressEscape(stray);
    expect(store.getState().selection).toEqual({ kind: 'place', id: 'termez' });
    expect(goBack).not.toHaveBeenCalled();
  });
});

describe('mountPanel year changes', () => {
  it('updates later marks and the year section in place, keeping the lists', () => {
    const { container, store } = mount();
    const list = container.querySelector('.place-list');
    const termezItem = () => container.querySelector('li[data-place-item="termez"]');
    expect(termezItem()?.classList.contains('is-later')).toBe(false);
    store.dispatch({ type: 'set-year', year: 1995 });
    expect(container.querySelector('.place-list')).toBe(list);
    expect(termezItem()?.classList.contains('is-later')).toBe(true);
    expect(termezItem()?.querySelector('.badge-later')?.textContent).toBe('later');
    expect(container.querySelector('.year-section h3')?.textContent).toBe('In 1995');
    store.dispatch({ type: 'set-year', year: 2002 });
    expect(termezItem()?.classList.contains('is-later')).toBe(false);
    expect(termezItem()?.querySelector('.badge-later')).toBeNull();
    expect(container.querySelector('.year-section h3')?.textContent).toBe('In 2002');
  });

  it('marks a place view’s later events without rebuilding it', () => {
    const { container, store } = mount();
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'termez' } });
    const heading = container.querySelector('h2');
    store.dispatch({ type: 'set-year', year: 1995 });
    expect(container.querySelector('h2')).toBe(heading);
    const later = [...container.querySelectorAll('li.is-later')].map((li) =>
      li.getAttribute('data-event-id'),
    );
    expect(later).toEqual(['joins-parp']);
  });
});
