/** An event: when and how its date is known, what happened, where, in which programmes, sources. */
import { getMessages } from '../../i18n/locale.ts';
import type { AtlasEvent } from '../../model/dataset.ts';
import { describeEventDateBasis, formatEventDate } from '../format.ts';
import { isLater, renderHeader, renderPlaceButtons, renderProgrammeButtons, renderSources } from './parts.ts';
import { compact, type PanelView, type ViewContext } from './view.ts';

export const eventView: PanelView = {
  name: 'event',
  match: (state, index) => state.selection?.kind === 'event' && index.eventById.has(state.selection.id),
  subject: (state) => `event:${state.selection?.id ?? ''}`,
  render(ctx) {
    const { el, index, state } = ctx;
    const m = getMessages();
    const event = index.eventById.get(state.selection?.id ?? '') as AtlasEvent;
    const places = event.placeIds.flatMap((id) => index.placeById.get(id) ?? []);
    const programmes = event.programmeIds.flatMap((id) => index.programmeById.get(id) ?? []);
    const nodes = compact([
      ...renderHeader(ctx, event.title, null),
      el(
        'p',
        { className: 'event-when' },
        el('strong', {}, formatEventDate(event.date)),
        ` — ${describeEventDateBasis(event)}`,
        isLater(event, state.year) ? renderLaterBadge(ctx, state.year) : null,
        event.milestone ? el('span', { className: 'badge badge-milestone' }, m.milestone) : null,
      ),
      event.dateNote ? el('p', { className: 'muted date-note' }, event.dateNote) : null,
      el('p', {}, event.summary),
      el('h3', {}, m.where),
      renderPlaceButtons(ctx, places, m.placesOfEvent),
      programmes.length > 0 ? el('h3', {}, m.programmes) : null,
      programmes.length > 0 ? renderProgrammeButtons(ctx, programmes, m.programmesOfEvent) : null,
      el('h3', {}, m.sources),
      event.singleSource
        ? el(
            'p',
            { className: 'muted single-source' },
            el('span', { className: 'badge' }, m.oneSource),
            m.oneSourceNote,
          )
        : null,
      renderSources(ctx, event.sources),
    ]);
    return { nodes, announcement: m.announceEvent(event.title) };
  },
  update(ctx, body) {
    // Only the "later than <year>" badge follows the year: nothing else is rebuilt, so focus stays put.
    const event = ctx.index.eventById.get(ctx.state.selection?.id ?? '');
    const when = body.querySelector('.event-when');
    if (!event || !when) return;
    const badge = when.querySelector('.badge-later-than');
    const later = isLater(event, ctx.state.year);
    if (later && badge) badge.textContent = getMessages().laterThan(ctx.state.year);
    else if (later)
      when.insertBefore(renderLaterBadge(ctx, ctx.state.year), when.querySelector('.badge-milestone'));
    else badge?.remove();
  },
};

function renderLaterBadge({ el }: ViewContext, year: number): HTMLElement {
  return el('span', { className: 'badge badge-later-than' }, getMessages().laterThan(year));
}
