/** Pieces several panel views share: event lists, chips, headers, sources and the year marks. */
import { getMessages } from '../../i18n/locale.ts';
import type { AtlasEvent, Place, Programme, SourceLike } from '../../model/dataset.ts';
import { formatEventDate } from '../format.ts';
import { renderSource } from '../render-source.ts';
import { compact, type ViewContext } from './view.ts';

/** The label of a place's kind, in the page's language; an unlisted kind shows as its own name. */
export function describePlaceKind(place: Place): string {
  return getMessages().placeKinds[place.kind] ?? place.kind;
}

/** Whether an event happened after the year shown. */
export function isLater(event: AtlasEvent, year: number): boolean {
  return event.date.year > year;
}

/**
 * Each source as a link (when it has a URL, to the passage or section it names) with its title, section,
 * publisher and date and, where there is one, its archived copy (see `renderSource`).
 */
export function renderSources({ el }: ViewContext, sources: readonly SourceLike[]): HTMLElement {
  return el(
    'ul',
    { className: 'sources' },
    ...sources.map((source) => renderSource(el, source, { newTab: true })),
  );
}

export function renderEventItem(ctx: ViewContext, event: AtlasEvent): HTMLElement {
  const { el, action, state } = ctx;
  const later = isLater(event, state.year);
  const source = event.sources.find((s) => s.url);
  return el(
    'li',
    { className: later ? 'event-item is-later' : 'event-item', 'data-event-id': event.id },
    el('span', { className: 'event-date' }, formatEventDate(event.date)),
    action(event.title, 'select-event', event.id, { className: 'link-button' }),
    later ? el('span', { className: 'badge badge-later' }, getMessages().later) : null,
    event.milestone ? el('span', { className: 'badge badge-milestone' }, getMessages().milestone) : null,
    source?.url
      ? el(
          'a',
          {
            className: 'source-link',
            href: source.url,
            target: '_blank',
            rel: 'noopener noreferrer',
            'aria-label': getMessages().sourceFor(event.title, source.title),
          },
          getMessages().source,
        )
      : null,
  );
}

/**
 * How many items a long list shows until the reader asks for all: more than any list of the real
 * data, while thousands of items would make every selection and year change rebuild and re-mark them.
 */
export const LIST_START_LIMIT = 100;

/**
 * The items of a list the reader sees now: all of them when the list is short or was expanded,
 * else its start and a button that shows the rest (the panel handles its `show-all` action).
 */
export function renderListStart<T>(
  ctx: ViewContext,
  key: string,
  items: readonly T[],
  renderItem: (item: T) => HTMLElement,
  noun: 'events' | 'places',
): { items: HTMLElement[]; more: HTMLElement | null } {
  if (items.length <= LIST_START_LIMIT || ctx.expanded.has(key))
    return { items: items.map(renderItem), more: null };
  return {
    items: items.slice(0, LIST_START_LIMIT).map(renderItem),
    more: ctx.el(
      'p',
      { className: 'list-more' },
      ctx.action(getMessages().showAllOf(items.length, noun), 'show-all', key, { className: 'link-button' }),
    ),
  };
}

export function renderEventList(ctx: ViewContext, events: readonly AtlasEvent[], label: string): HTMLElement {
  return ctx.el(
    'ol',
    { className: 'event-list', 'aria-label': label },
    ...events.map((e) => renderEventItem(ctx, e)),
  );
}

export function renderPlaceButtons(
  { el, action }: ViewContext,
  places: readonly Place[],
  label: string,
): HTMLElement {
  return el(
    'ul',
    { className: 'chip-list', 'aria-label': label },
    ...places.map((p) => el('li', {}, action(p.name, 'select-place', p.id, { className: 'chip' }))),
  );
}

export function renderProgrammeButtons(
  { el, action }: ViewContext,
  programmes: readonly Programme[],
  label: string,
): HTMLElement {
  return el(
    'ul',
    { className: 'chip-list', 'aria-label': label },
    ...programmes.map((p) =>
      el(
        'li',
        {},
        action(p.acronym, 'select-programme', p.id, {
          className: 'chip',
          title: p.name,
          'aria-label': `${p.acronym}: ${p.name}`,
        }),
      ),
    ),
  );
}

/**
 * Back and Overview buttons (and Back to the story when a chapter's link led here), the title (focus
 * lands here) and an optional subtitle.
 */
export function renderHeader(
  { el, action, state }: ViewContext,
  title: string,
  subtitle: string | null,
): HTMLElement[] {
  return compact([
    el(
      'div',
      { className: 'panel-nav' },
      action(getMessages().back, 'back', '', { className: 'nav-button' }),
      action(getMessages().overview, 'close', '', { className: 'nav-button', 'aria-keyshortcuts': 'Escape' }),
      state.storyReturn
        ? action(getMessages().backToStory, 'story-return', '', { className: 'nav-button' })
        : null,
    ),
    el('h2', { tabindex: -1, className: 'panel-title' }, title),
    subtitle ? el('p', { className: 'panel-subtitle' }, subtitle) : null,
  ]);
}

/** Sets an item's "later" mark (class and badge) without rebuilding it. */
function markLater({ el }: ViewContext, item: Element, later: boolean): void {
  if (item.classList.contains('is-later') === later) return;
  item.classList.toggle('is-later', later);
  const badge = item.querySelector(':scope > .badge-later');
  if (later && !badge) item.append(el('span', { className: 'badge badge-later' }, getMessages().later));
  if (!later) badge?.remove();
}

/**
 * Brings the "later" marks of event and place items to a new year in place. A year change is
 * frequent (the slider, playback), so it must not rebuild the lists.
 */
export function updateLaterMarks(ctx: ViewContext, body: HTMLElement): void {
  const { index, state } = ctx;
  for (const item of body.querySelectorAll<HTMLElement>('li[data-event-id]')) {
    const event = index.eventById.get(item.dataset.eventId ?? '');
    if (event) markLater(ctx, item, isLater(event, state.year));
  }
  for (const item of body.querySelectorAll<HTMLElement>('li[data-place-item]')) {
    markLater(ctx, item, (index.firstYearByPlace.get(item.dataset.placeItem ?? '') ?? 0) > state.year);
  }
}
