/** A programme: its span, parent and parts, events, places and sources. */
import { getMessages } from '../../i18n/locale.ts';
import type { Programme } from '../../model/dataset.ts';
import { describeProgrammeSpan } from '../format.ts';
import {
  renderEventList,
  renderHeader,
  renderPlaceButtons,
  renderProgrammeButtons,
  renderSources,
  updateLaterMarks,
} from './parts.ts';
import { compact, type PanelView } from './view.ts';

export const programmeView: PanelView = {
  name: 'programme',
  match: (state, index) =>
    state.selection?.kind === 'programme' && index.programmeById.has(state.selection.id),
  subject: (state) => `programme:${state.selection?.id ?? ''}`,
  render(ctx) {
    const { el, action, index, state } = ctx;
    const m = getMessages();
    const programme = index.programmeById.get(state.selection?.id ?? '') as Programme;
    const parent = programme.parentId ? index.programmeById.get(programme.parentId) : undefined;
    const children = index.childrenByProgramme.get(programme.id) ?? [];
    const events = index.eventsByProgramme.get(programme.id) ?? [];
    const places = index.placesByProgramme.get(programme.id) ?? [];
    const nodes = compact([
      ...renderHeader(
        ctx,
        `${programme.acronym}: ${programme.name}`,
        `${m.programme} · ${describeProgrammeSpan(programme)}`,
      ),
      programme.dateNote ? el('p', { className: 'muted date-note' }, programme.dateNote) : null,
      el('p', {}, programme.summary),
      parent
        ? el(
            'p',
            {},
            m.partOf,
            action(`${parent.acronym} — ${parent.name}`, 'select-programme', parent.id, {
              className: 'link-button',
            }),
            m.partOfAfter || null,
          )
        : null,
      children.length > 0 ? el('h3', {}, m.includes) : null,
      children.length > 0 ? renderProgrammeButtons(ctx, children, m.programmesWithin) : null,
      el('h3', {}, m.eventsCount(events.length)),
      renderEventList(ctx, events, m.eventsOf(programme.acronym)),
      el('h3', {}, m.placesCount(places.length)),
      renderPlaceButtons(ctx, places, m.placesOf(programme.acronym)),
      el('h3', {}, m.sources),
      renderSources(ctx, programme.sources),
    ]);
    return { nodes, announcement: m.announceProgramme(programme.acronym) };
  },
  update: updateLaterMarks,
};
