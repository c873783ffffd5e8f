/** The overview: what the atlas is, the year's events, every place and programme, and the sources. */

import type { AtlasEvent, Place } from '../../model/schema.ts';
import { TOURS } from '../../state/tours.ts';
import {
  describePlaceKind,
  isLater,
  renderEventItem,
  renderListStart,
  renderSources,
  updateLaterMarks,
} from './parts.ts';
import { compact, type PanelView, type ViewContext } from './view.ts';

/** The "In <year>" section: rebuilt alone when only the year changes. */
function renderYearSection(ctx: ViewContext): HTMLElement {
  const { el, index, state } = ctx;
  const { year } = state;
  const byYear = index.eventsByDate.filter((e) => !isLater(e, year)).length;
  const inYear = index.eventsByDate.filter((e) => e.date.year === year);
  return el(
    'section',
    { className: 'year-section', 'aria-label': `In ${year}` },
    // Focusable, so a keyboard reader whose event left the list lands here, not on the page.
    el('h3', { tabindex: -1 }, `In ${year}`),
    el(
      'p',
      { className: 'muted' },
      `${byYear} of ${index.dataset.events.length} events had happened by the end of ${year}.`,
    ),
    ...(inYear.length > 0
      ? renderYearEvents(ctx, inYear)
      : [el('p', {}, `No dated event falls in ${year}.`)]),
  );
}

function renderYearEvents(ctx: ViewContext, events: readonly AtlasEvent[]): HTMLElement[] {
  const { items, more } = renderListStart(
    ctx,
    'year-events',
    events,
    (e) => renderEventItem(ctx, e),
    'events',
  );
  const list = ctx.el(
    'ol',
    { className: 'event-list', 'aria-label': `Events in ${ctx.state.year}` },
    ...items,
  );
  return more ? [list, more] : [list];
}

function renderProgrammeTree(ctx: ViewContext, parentId: string | null): HTMLElement {
  const { el, action, index } = ctx;
  const programmes = index.dataset.programmes.filter((p) => p.parentId === parentId);
  return el(
    'ul',
    { className: parentId ? 'programme-tree nested' : 'programme-tree' },
    ...programmes.map((p) =>
      el(
        'li',
        {},
        action(`${p.acronym} — ${p.name}`, 'select-programme', p.id, { className: 'link-button' }),
        el('span', { className: 'muted' }, ` since ${p.since}`),
        (index.childrenByProgramme.get(p.id)?.length ?? 0) > 0 ? renderProgrammeTree(ctx, p.id) : null,
      ),
    ),
  );
}

function renderPlaceItem(ctx: ViewContext, p: Place): HTMLElement {
  const { el, action, index, state } = ctx;
  const count = index.kinds.place.events(p.id).length;
  const later = (index.firstYearByPlace.get(p.id) ?? 0) > state.year;
  return el(
    'li',
    { className: later ? 'is-later' : '', 'data-place-item': p.id },
    action(p.name, 'select-place', p.id, { className: 'link-button', 'data-place-id': p.id }),
    el(
      'span',
      { className: 'muted' },
      ` ${p.kind === 'country' ? 'Nation-wide' : describePlaceKind(p)}, ${count} event${count === 1 ? '' : 's'}`,
    ),
    later ? el('span', { className: 'badge badge-later' }, 'later') : null,
  );
}

function renderPlaceList(ctx: ViewContext, places: readonly Place[]) {
  const { items, more } = renderListStart(ctx, 'places', places, (p) => renderPlaceItem(ctx, p), 'places');
  return { list: ctx.el('ul', { className: 'place-list', 'aria-label': 'Places' }, ...items), more };
}

export const overviewView: PanelView = {
  name: 'overview',
  match: () => true,
  subject: () => 'overview',
  render(ctx) {
    const { el, action, index } = ctx;
    // The countries first: what happened nation-wide is where most readers start.
    const places = [...index.dataset.places].sort(
      (a, b) => Number(b.kind === 'country') - Number(a.kind === 'country') || a.name.localeCompare(b.name),
    );
    const placeList = renderPlaceList(ctx, places);
    const nodes = compact([
      el('h2', { tabindex: -1, className: 'panel-title' }, 'NATO and Uzbekistan, 1992–2016'),
      el(
        'p',
        {},
        'A map of how Uzbekistan and NATO worked together: the places where it happened, the programmes it ran through, and the transit route to Afghanistan. Everything here is drawn from NATO’s page “Relations with Uzbekistan” (updated March 2016).',
      ),
      el(
        'p',
        {},
        action('Read the story, 1992–2016', TOURS.story.controls.goAction, '0', {
          className: 'nav-button story-start',
        }),
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
            'Press / to search places, events and programmes; “Themes” dims the events of other themes.',
          ),
          el(
            'li',
            {},
            'Move the year on the timeline to see the story as it stood then; the link in the address bar reopens this view.',
          ),
        ),
      ),
      renderYearSection(ctx),
      el('h3', {}, `Places (${places.length})`),
      placeList.list,
      placeList.more,
      el('h3', {}, `Programmes (${index.dataset.programmes.length})`),
      renderProgrammeTree(ctx, null),
      el('h3', {}, 'Sources'),
      renderSources(ctx, [
        {
          title: 'NATO: Relations with Uzbekistan (updated 3 March 2016)',
          url: 'https://www.nato.int/cps/en/natohq/topics_22839.htm',
        },
        { title: 'Country outlines: Natural Earth, public domain, via the world-atlas package' },
      ]),
    ]);
    return { nodes, announcement: 'Overview' };
  },
  update(ctx, body) {
    // The year's events first: they come new and already marked, so only the places need marking.
    body.querySelector('.year-section')?.replaceWith(renderYearSection(ctx));
    updateLaterMarks(ctx, body);
  },
};
