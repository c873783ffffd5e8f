/** The overview: what the atlas is, the year's events, every place and programme, and the sources. */

import { getMessages } from '../../i18n/locale.ts';
import type { AtlasEvent, Place } from '../../model/dataset.ts';
import { matchesThemes } from '../../model/themes.ts';
import { TOURS } from '../../state/tours.ts';
import { describeThemeFilter } from '../theme-filter.ts';
import {
  describePlaceKind,
  isLater,
  renderEventItem,
  renderListStart,
  renderSources,
  updateLaterMarks,
} from './parts.ts';
import { compact, type PanelView, type ViewContext } from './view.ts';

/**
 * With a theme on, the events it matches, first in the panel: the reader reads what the filter
 * keeps, not only a faded list. Hidden (and empty) with no theme on.
 */
function renderThemeSection(ctx: ViewContext): HTMLElement {
  const { el, action, index, state } = ctx;
  const m = getMessages();
  if (state.themes.length === 0) return el('section', { className: 'theme-section', hidden: true });
  const events = index.eventsByDate.filter((e) => matchesThemes(e, state.themes));
  const { items, more } = renderListStart(
    ctx,
    'theme-events',
    events,
    (e) => renderEventItem(ctx, e),
    'events',
  );
  return el(
    'section',
    { className: 'theme-section', 'aria-labelledby': 'theme-section-title' },
    el('h3', { id: 'theme-section-title', tabindex: -1 }, m.themes),
    el('p', { className: 'muted' }, describeThemeFilter(index, state.themes)),
    el('ol', { className: 'event-list', 'aria-labelledby': 'theme-section-title' }, ...items),
    more,
    el('p', {}, action(m.themesShowAll, 'clear-themes', '', { className: 'link-button' })),
  );
}

/** How many of a place's events the filter keeps (all of them with no theme on). */
function countPlaceEvents(ctx: ViewContext, placeId: string): number {
  return ctx.index.kinds.place.events(placeId).filter((e) => matchesThemes(e, ctx.state.themes)).length;
}

/** The place's kind and its number of events, as the filter counts them. */
function describePlaceCount(ctx: ViewContext, p: Place): string {
  const kind = p.kind === 'country' ? getMessages().nationWide : describePlaceKind(p);
  return ` ${kind}, ${getMessages().eventCount(countPlaceEvents(ctx, p.id))}`;
}

/** The "In <year>" section: rebuilt alone when only the year changes. */
function renderYearSection(ctx: ViewContext): HTMLElement {
  const { el, index, state } = ctx;
  const { year } = state;
  const byYear = index.eventsByDate.filter((e) => !isLater(e, year)).length;
  const inYear = index.eventsByDate.filter((e) => e.date.year === year);
  const m = getMessages();
  return el(
    'section',
    { className: 'year-section', 'aria-label': m.inYear(year) },
    // Focusable, so a keyboard reader whose event left the list lands here, not on the page.
    el('h3', { tabindex: -1 }, m.inYear(year)),
    el('p', { className: 'muted' }, m.happenedBy(byYear, index.dataset.events.length, year)),
    ...(inYear.length > 0 ? renderYearEvents(ctx, inYear) : [el('p', {}, m.noEventInYear(year))]),
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
    { className: 'event-list', 'aria-label': getMessages().eventsInYear(ctx.state.year) },
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
        el('span', { className: 'muted' }, ` ${getMessages().sinceYear(p.since)}`),
        (index.childrenByProgramme.get(p.id)?.length ?? 0) > 0 ? renderProgrammeTree(ctx, p.id) : null,
      ),
    ),
  );
}

function renderPlaceItem(ctx: ViewContext, p: Place): HTMLElement {
  const { el, action, index, state } = ctx;
  const later = (index.firstYearByPlace.get(p.id) ?? 0) > state.year;
  const item = el(
    'li',
    { className: later ? 'is-later' : '', 'data-place-item': p.id },
    action(p.name, 'select-place', p.id, { className: 'link-button', 'data-place-id': p.id }),
    el('span', { className: 'muted place-count' }, describePlaceCount(ctx, p)),
    later ? el('span', { className: 'badge badge-later' }, getMessages().later) : null,
  );
  item.classList.toggle('is-dimmed', state.themes.length > 0 && countPlaceEvents(ctx, p.id) === 0);
  return item;
}

function renderPlaceList(ctx: ViewContext, places: readonly Place[]) {
  const { items, more } = renderListStart(ctx, 'places', places, (p) => renderPlaceItem(ctx, p), 'places');
  return {
    list: ctx.el('ul', { className: 'place-list', 'aria-label': getMessages().places }, ...items),
    more,
  };
}

export const overviewView: PanelView = {
  name: 'overview',
  match: () => true,
  subject: () => 'overview',
  render(ctx) {
    const { el, action, index } = ctx;
    const m = getMessages();
    // The countries first: what happened nation-wide is where most readers start.
    const places = [...index.dataset.places].sort(
      (a, b) =>
        Number(b.kind === 'country') - Number(a.kind === 'country') || a.name.localeCompare(b.name, m.intl),
    );
    const placeList = renderPlaceList(ctx, places);
    const nodes = compact([
      el('h2', { tabindex: -1, className: 'panel-title' }, m.overviewTitle),
      m.translationNote ? el('p', { className: 'translation-note' }, m.translationNote) : null,
      el('p', {}, m.overviewIntro),
      el('p', { className: 'overview-aim' }, m.overviewAim),
      el(
        'p',
        {},
        action(m.readStoryYears, TOURS.story.controls.goAction, '0', { className: 'nav-button story-start' }),
      ),
      el(
        'details',
        { className: 'how-to' },
        el('summary', {}, m.howToUse),
        el('ul', {}, ...m.howTo.map((line) => el('li', {}, line))),
      ),
      renderThemeSection(ctx),
      renderYearSection(ctx),
      el('h3', {}, m.placesCount(places.length)),
      placeList.list,
      placeList.more,
      el('h3', {}, m.programmesCount(index.dataset.programmes.length)),
      renderProgrammeTree(ctx, null),
      el('h3', {}, m.sources),
      renderSources(ctx, [{ title: m.natoSourceTitle, url: m.natoSourceUrl }, { title: m.basemapSource }]),
    ]);
    return { nodes, announcement: m.announceOverview };
  },
  update(ctx, body) {
    // The year's events first: they come new and already marked, so only the places need marking.
    body.querySelector('.year-section')?.replaceWith(renderYearSection(ctx));
    updateLaterMarks(ctx, body);
  },
  updateThemes(ctx, body) {
    body.querySelector('.theme-section')?.replaceWith(renderThemeSection(ctx));
    for (const item of body.querySelectorAll<HTMLElement>('li[data-place-item]')) {
      const place = ctx.index.placeById.get(item.dataset.placeItem ?? '');
      const count = item.querySelector('.place-count');
      if (!place || !count) continue;
      count.textContent = describePlaceCount(ctx, place);
      item.classList.toggle(
        'is-dimmed',
        ctx.state.themes.length > 0 && countPlaceEvents(ctx, place.id) === 0,
      );
    }
  },
};
