/**
 * The side panel: overview, place, event and programme details, and the stop being visited on the
 * route. It renders from the store and sends intents; focus moves to the new heading when the view
 * changes, and only a short line is announced.
 */
import { getCountryName } from '../model/countries.ts';
import type { AtlasIndex } from '../model/indexes.ts';
import type { RouteGeometry } from '../model/route.ts';
import type { AtlasEvent, Place, Programme, Source } from '../model/schema.ts';
import type { AtlasState, Store } from '../state/store.ts';
import { createActionButton, createElement as el } from './dom.ts';
import { describeDateBasis, formatEventDate, formatKm } from './format.ts';

export interface PanelOptions {
  /** Goes one step back through the selections (the browser history, when the page made it). */
  goBack: () => void;
  /** Tells assistive technology a short update. */
  announce: (text: string) => void;
}

const KIND_LABELS: Record<string, string> = {
  city: 'City',
  bridge: 'Bridge',
  airfield: 'Airfield',
  institution: 'Institution',
  site: 'Site',
  headquarters: 'Headquarters',
};

function isLater(event: AtlasEvent, year: number): boolean {
  return event.date.year > year;
}

function renderSources(sources: readonly Source[]): HTMLElement {
  return el(
    'ul',
    { className: 'sources' },
    ...sources.map((source) => {
      const label = source.section ? `${source.title} — ${source.section}` : source.title;
      return el(
        'li',
        {},
        source.url
          ? el('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, label)
          : label,
      );
    }),
  );
}

function renderEventItem(event: AtlasEvent, year: number): HTMLElement {
  const later = isLater(event, year);
  const source = event.sources.find((s) => s.url);
  return el(
    'li',
    { className: later ? 'event-item is-later' : 'event-item', 'data-event-id': event.id },
    el('span', { className: 'event-date' }, formatEventDate(event.date)),
    createActionButton(event.title, 'select-event', event.id, { className: 'link-button' }),
    later ? el('span', { className: 'badge badge-later' }, 'later') : null,
    event.milestone ? el('span', { className: 'badge badge-milestone' }, 'milestone') : null,
    source?.url
      ? el(
          'a',
          {
            className: 'source-link',
            href: source.url,
            target: '_blank',
            rel: 'noopener noreferrer',
            'aria-label': `Source for “${event.title}”: ${source.title}`,
          },
          'source',
        )
      : null,
  );
}

function renderEventList(events: readonly AtlasEvent[], year: number, label: string): HTMLElement {
  return el(
    'ol',
    { className: 'event-list', 'aria-label': label },
    ...events.map((e) => renderEventItem(e, year)),
  );
}

function renderPlaceButtons(places: readonly Place[], label: string): HTMLElement {
  return el(
    'ul',
    { className: 'chip-list', 'aria-label': label },
    ...places.map((p) =>
      el('li', {}, createActionButton(p.name, 'select-place', p.id, { className: 'chip' })),
    ),
  );
}

function renderProgrammeButtons(programmes: readonly Programme[], label: string): HTMLElement {
  return el(
    'ul',
    { className: 'chip-list', 'aria-label': label },
    ...programmes.map((p) =>
      el(
        'li',
        {},
        createActionButton(p.acronym, 'select-programme', p.id, {
          className: 'chip',
          title: p.name,
          'aria-label': `${p.acronym}: ${p.name}`,
        }),
      ),
    ),
  );
}

function renderHeader(title: string, subtitle: string | null): HTMLElement[] {
  const nodes: (HTMLElement | null)[] = [
    el(
      'div',
      { className: 'panel-nav' },
      createActionButton('← Back', 'back', '', { className: 'nav-button' }),
      createActionButton('Overview', 'close', '', { className: 'nav-button', 'aria-keyshortcuts': 'Escape' }),
    ),
    el('h2', { tabindex: -1, className: 'panel-title' }, title),
    subtitle ? el('p', { className: 'panel-subtitle' }, subtitle) : null,
  ];
  return nodes.filter((node): node is HTMLElement => node !== null);
}

function renderProgrammeTree(index: AtlasIndex, parentId: string | null): HTMLElement {
  const programmes = index.dataset.programmes.filter((p) => p.parentId === parentId);
  return el(
    'ul',
    { className: parentId ? 'programme-tree nested' : 'programme-tree' },
    ...programmes.map((p) =>
      el(
        'li',
        {},
        createActionButton(`${p.acronym} — ${p.name}`, 'select-programme', p.id, {
          className: 'link-button',
        }),
        el('span', { className: 'muted' }, ` since ${p.since}`),
        (index.childrenByProgramme.get(p.id)?.length ?? 0) > 0 ? renderProgrammeTree(index, p.id) : null,
      ),
    ),
  );
}

/** The overview's "In <year>" section: rebuilt alone when only the year changes. */
function renderYearSection(index: AtlasIndex, year: number): HTMLElement {
  const byYear = index.eventsByDate.filter((e) => !isLater(e, year)).length;
  const inYear = index.eventsByDate.filter((e) => e.date.year === year);
  return el(
    'section',
    { className: 'year-section', 'aria-label': `In ${year}` },
    el('h3', {}, `In ${year}`),
    el(
      'p',
      { className: 'muted' },
      `${byYear} of ${index.dataset.events.length} events had happened by the end of ${year}.`,
    ),
    inYear.length > 0
      ? renderEventList(inYear, year, `Events in ${year}`)
      : el('p', {}, `No dated event falls in ${year}.`),
  );
}

/** Sets an item's "later" mark (class and badge) without rebuilding it. */
function markLater(item: Element, later: boolean): void {
  if (item.classList.contains('is-later') === later) return;
  item.classList.toggle('is-later', later);
  const badge = item.querySelector(':scope > .badge-later');
  if (later && !badge) item.append(el('span', { className: 'badge badge-later' }, 'later'));
  if (!later) badge?.remove();
}

/**
 * Brings the open view to a new year in place: the "later" marks and the overview's year section.
 * A year change is frequent (the slider, playback), so it must not rebuild the lists.
 */
function updateYearInPlace(index: AtlasIndex, body: HTMLElement, year: number): void {
  for (const item of body.querySelectorAll<HTMLElement>('li[data-event-id]')) {
    const event = index.eventById.get(item.dataset.eventId ?? '');
    if (event) markLater(item, isLater(event, year));
  }
  for (const item of body.querySelectorAll<HTMLElement>('li[data-place-item]')) {
    markLater(item, (index.firstYearByPlace.get(item.dataset.placeItem ?? '') ?? 0) > year);
  }
  body.querySelector('.year-section')?.replaceWith(renderYearSection(index, year));
}

function renderOverview(index: AtlasIndex, state: AtlasState): HTMLElement[] {
  const places = [...index.dataset.places].sort((a, b) => a.name.localeCompare(b.name));
  return [
    el('h2', { tabindex: -1, className: 'panel-title' }, 'NATO and Uzbekistan, 1992–2016'),
    el(
      'p',
      {},
      'A map of how Uzbekistan and NATO worked together: the places where it happened, the programmes it ran through, and the transit route to Afghanistan. Everything here is drawn from NATO’s page “Relations with Uzbekistan” (updated March 2016).',
    ),
    el(
      'details',
      { className: 'how-to' },
      el('summary', {}, 'How to use'),
      el(
        'ul',
        {},
        el('li', {}, 'Choose a place on the map or in the list below to read what happened there.'),
        el('li', {}, 'Follow links between events, programmes and places; Back returns, Escape closes.'),
        el('li', {}, 'Press “Follow the transit route” to travel from Tashkent to Kabul stop by stop.'),
        el(
          'li',
          {},
          'Move the year on the timeline to see the story as it stood then; the link in the address bar reopens this view.',
        ),
      ),
    ),
    renderYearSection(index, state.year),
    el('h3', {}, `Places (${places.length})`),
    el(
      'ul',
      { className: 'place-list', 'aria-label': 'Places' },
      ...places.map((p) => {
        const count = index.eventsByPlace.get(p.id)?.length ?? 0;
        const later = (index.firstYearByPlace.get(p.id) ?? 0) > state.year;
        return el(
          'li',
          { className: later ? 'is-later' : '', 'data-place-item': p.id },
          createActionButton(p.name, 'select-place', p.id, {
            className: 'link-button',
            'data-place-id': p.id,
          }),
          el(
            'span',
            { className: 'muted' },
            ` ${KIND_LABELS[p.kind] ?? p.kind}, ${count} event${count === 1 ? '' : 's'}`,
          ),
          later ? el('span', { className: 'badge badge-later' }, 'later') : null,
        );
      }),
    ),
    el('h3', {}, `Programmes (${index.dataset.programmes.length})`),
    renderProgrammeTree(index, null),
    el('h3', {}, 'Sources'),
    renderSources([
      {
        title: 'NATO: Relations with Uzbekistan (updated 3 March 2016)',
        url: 'https://www.nato.int/cps/en/natohq/topics_22839.htm',
      },
      { title: 'Country outlines: Natural Earth, public domain, via the world-atlas package' },
    ]),
  ];
}

function renderPlace(index: AtlasIndex, state: AtlasState, place: Place): HTMLElement[] {
  const events = index.eventsByPlace.get(place.id) ?? [];
  const programmes = index.programmesByPlace.get(place.id) ?? [];
  const linked = new Map<string, Place>();
  for (const event of events)
    for (const id of event.placeIds) {
      const other = index.placeById.get(id);
      if (other && other.id !== place.id) linked.set(id, other);
    }
  const subtitle = `${KIND_LABELS[place.kind] ?? place.kind} · ${getCountryName(place.country)}${place.localName ? ` · ${place.localName}` : ''}`;
  return [
    ...renderHeader(place.name, subtitle),
    el('p', {}, place.summary),
    el('h3', {}, `Events here (${events.length})`),
    renderEventList(events, state.year, `Events at ${place.name}`),
    programmes.length > 0 ? el('h3', {}, 'Programmes') : null,
    programmes.length > 0 ? renderProgrammeButtons(programmes, `Programmes at ${place.name}`) : null,
    linked.size > 0 ? el('h3', {}, 'Linked places') : null,
    linked.size > 0 ? renderPlaceButtons([...linked.values()], `Places linked to ${place.name}`) : null,
  ].filter((n): n is HTMLElement => n !== null);
}

function renderEvent(index: AtlasIndex, state: AtlasState, event: AtlasEvent): HTMLElement[] {
  const places = event.placeIds.flatMap((id) => index.placeById.get(id) ?? []);
  const programmes = event.programmeIds.flatMap((id) => index.programmeById.get(id) ?? []);
  return [
    ...renderHeader(event.title, null),
    el(
      'p',
      { className: 'event-when' },
      el('strong', {}, formatEventDate(event.date)),
      ` — ${describeDateBasis(event.dateBasis)}`,
      isLater(event, state.year) ? el('span', { className: 'badge' }, `later than ${state.year}`) : null,
      event.milestone ? el('span', { className: 'badge badge-milestone' }, 'milestone') : null,
    ),
    event.dateNote ? el('p', { className: 'muted date-note' }, event.dateNote) : null,
    el('p', {}, event.summary),
    el('h3', {}, 'Where'),
    renderPlaceButtons(places, 'Places of this event'),
    programmes.length > 0 ? el('h3', {}, 'Programmes') : null,
    programmes.length > 0 ? renderProgrammeButtons(programmes, 'Programmes of this event') : null,
    el('h3', {}, 'Sources'),
    renderSources(event.sources),
  ].filter((n): n is HTMLElement => n !== null);
}

function renderProgramme(index: AtlasIndex, state: AtlasState, programme: Programme): HTMLElement[] {
  const parent = programme.parentId ? index.programmeById.get(programme.parentId) : undefined;
  const children = index.childrenByProgramme.get(programme.id) ?? [];
  const events = index.eventsByProgramme.get(programme.id) ?? [];
  const places = index.placesByProgramme.get(programme.id) ?? [];
  const span = programme.until ? `${programme.since}–${programme.until}` : `since ${programme.since}`;
  return [
    ...renderHeader(`${programme.acronym}: ${programme.name}`, `Programme · ${span}`),
    el('p', {}, programme.summary),
    parent
      ? el(
          'p',
          {},
          'Part of ',
          createActionButton(`${parent.acronym} — ${parent.name}`, 'select-programme', parent.id, {
            className: 'link-button',
          }),
        )
      : null,
    children.length > 0 ? el('h3', {}, 'Includes') : null,
    children.length > 0 ? renderProgrammeButtons(children, 'Programmes within this one') : null,
    el('h3', {}, `Events (${events.length})`),
    renderEventList(events, state.year, `Events of ${programme.acronym}`),
    el('h3', {}, `Places (${places.length})`),
    renderPlaceButtons(places, `Places of ${programme.acronym}`),
    el('h3', {}, 'Sources'),
    renderSources(programme.sources),
  ].filter((n): n is HTMLElement => n !== null);
}

function renderRouteStop(
  index: AtlasIndex,
  state: AtlasState,
  route: RouteGeometry,
  stopIndex: number,
): HTMLElement[] {
  const stop = route.stops[stopIndex];
  const place = stop ? index.placeById.get(stop.placeId) : undefined;
  if (!stop || !place) return [];
  const events = stop.eventIds.flatMap((id) => index.eventById.get(id) ?? []);
  return [
    el(
      'div',
      { className: 'panel-nav' },
      createActionButton('Leave the route', 'route-leave', '', { className: 'nav-button' }),
    ),
    el(
      'p',
      { className: 'panel-kicker' },
      `${index.dataset.route.name} · stop ${stopIndex + 1} of ${route.stops.length} · ${formatKm(stop.km)} from ${index.placeById.get(route.stops[0]?.placeId ?? '')?.name ?? 'the start'}`,
    ),
    el('h2', { tabindex: -1, className: 'panel-title' }, place.name),
    el('p', {}, stop.narrative),
    events.length > 0 ? el('h3', {}, 'What happened here') : null,
    events.length > 0 ? renderEventList(events, state.year, `Events at stop ${stopIndex + 1}`) : null,
    el(
      'p',
      {},
      createActionButton(`More about ${place.name}`, 'select-place-detail', place.id, {
        className: 'link-button',
      }),
    ),
    el('h3', {}, 'All stops'),
    el(
      'ol',
      { className: 'stop-list', 'aria-label': 'Stops of the transit route' },
      ...route.stops.map((s, i) =>
        el(
          'li',
          {},
          createActionButton(index.placeById.get(s.placeId)?.name ?? s.placeId, 'route-go', String(i), {
            className: 'link-button',
            'aria-current': i === stopIndex ? 'step' : null,
          }),
          el('span', { className: 'muted' }, ` ${formatKm(s.km)}`),
        ),
      ),
    ),
  ].filter((n): n is HTMLElement => n !== null);
}

/** What the panel shows for a state, as a key: the panel re-renders only when it changes. */
function getViewKey(state: AtlasState, showPlaceDetail: boolean): string {
  const stop = state.route.stop !== null && !showPlaceDetail ? `stop:${state.route.stop}` : '';
  return `${stop}|${state.selection?.kind ?? ''}:${state.selection?.id ?? ''}|${state.year}`;
}

/** Mounts the panel into `container`. Returns `dispose`. */
export function mountPanel(
  container: HTMLElement,
  store: Store,
  index: AtlasIndex,
  route: RouteGeometry,
  options: PanelOptions,
): () => void {
  const body = el('div', { className: 'panel-body' });
  container.append(body);
  let lastKey = '';
  let lastTarget: string | null = null;
  /** During the route, a reader may open the full place detail of the current stop. */
  let placeDetail = false;

  const render = (state: AtlasState) => {
    const key = getViewKey(state, placeDetail);
    if (key === lastKey) return;
    // The key is `stop|selection|year`; what comes before the year is the subject being shown.
    const subject = key.slice(0, key.lastIndexOf('|'));
    lastKey = key;
    if (subject === lastTarget && state.selection?.kind !== 'event') {
      updateYearInPlace(index, body, state.year);
      return;
    }
    const { selection } = state;
    let nodes: HTMLElement[] = [];
    let announcement = '';
    if (state.route.stop !== null && !placeDetail) {
      nodes = renderRouteStop(index, state, route, state.route.stop);
      const name = index.placeById.get(route.stops[state.route.stop]?.placeId ?? '')?.name ?? '';
      announcement = `Stop ${state.route.stop + 1} of ${route.stops.length}: ${name}`;
    } else if (selection?.kind === 'place' && index.placeById.has(selection.id)) {
      const place = index.placeById.get(selection.id) as Place;
      nodes = renderPlace(index, state, place);
      announcement = `${place.name}, ${index.eventsByPlace.get(place.id)?.length ?? 0} events`;
    } else if (selection?.kind === 'event' && index.eventById.has(selection.id)) {
      const event = index.eventById.get(selection.id) as AtlasEvent;
      nodes = renderEvent(index, state, event);
      announcement = `Event: ${event.title}`;
    } else if (selection?.kind === 'programme' && index.programmeById.has(selection.id)) {
      const programme = index.programmeById.get(selection.id) as Programme;
      nodes = renderProgramme(index, state, programme);
      announcement = `Programme: ${programme.acronym}`;
    } else {
      nodes = renderOverview(index, state);
      announcement = 'Overview';
    }
    body.replaceChildren(...nodes);
    container.dataset.view =
      state.route.stop !== null && !placeDetail ? 'route' : (selection?.kind ?? 'overview');
    if (subject !== lastTarget) {
      // A year change re-renders in place; only a new subject takes focus and is announced. The first
      // render leaves focus alone: a page that has just opened should not jump into the panel.
      const first = lastTarget === null;
      lastTarget = subject;
      if (first) return;
      // Focus follows the change only when the reader is working in the panel; a click on the map or a
      // route button keeps its focus where it is.
      const active = document.activeElement;
      if (active === null || active === document.body || container.contains(active))
        body.querySelector<HTMLElement>('.panel-title')?.focus({ preventScroll: true });
      container.scrollTop = 0;
      options.announce(announcement);
    }
  };

  const onClick = (event: MouseEvent) => {
    const button = (event.target as Element | null)?.closest<HTMLElement>('[data-action]');
    if (!button || !container.contains(button)) return;
    const value = button.dataset.value ?? '';
    switch (button.dataset.action) {
      case 'select-place':
      case 'select-event':
      case 'select-programme': {
        const kind = button.dataset.action.slice('select-'.length) as 'place' | 'event' | 'programme';
        if (store.getState().route.stop !== null) store.dispatch({ type: 'route-leave' });
        placeDetail = false;
        store.dispatch({ type: 'select', selection: { kind, id: value }, fly: true });
        break;
      }
      case 'select-place-detail':
        placeDetail = true;
        render(store.getState());
        break;
      case 'back':
        options.goBack();
        break;
      case 'close':
        store.dispatch({ type: 'select', selection: null });
        break;
      case 'route-go':
        store.dispatch({ type: 'route-go', stop: Number(value) });
        break;
      case 'route-leave':
        store.dispatch({ type: 'route-leave' });
        break;
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const state = store.getState();
    if (state.selection === null && state.route.stop === null) return;
    event.preventDefault();
    if (state.route.stop !== null) store.dispatch({ type: 'route-leave' });
    else store.dispatch({ type: 'select', selection: null });
  };
  container.addEventListener('click', onClick);
  container.addEventListener('keydown', onKeyDown);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.route.stop !== previous.route.stop) placeDetail = false;
    render(state);
  });
  render(store.getState());
  return () => {
    unsubscribe();
    container.removeEventListener('click', onClick);
    container.removeEventListener('keydown', onKeyDown);
    body.remove();
  };
}
