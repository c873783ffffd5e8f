/** A programme: its span, parent and parts, events, places and sources. */
import type { Programme } from '../../model/schema.ts';
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
    const programme = index.programmeById.get(state.selection?.id ?? '') as Programme;
    const parent = programme.parentId ? index.programmeById.get(programme.parentId) : undefined;
    const children = index.childrenByProgramme.get(programme.id) ?? [];
    const events = index.eventsByProgramme.get(programme.id) ?? [];
    const places = index.placesByProgramme.get(programme.id) ?? [];
    const nodes = compact([
      ...renderHeader(
        ctx,
        `${programme.acronym}: ${programme.name}`,
        `Programme · ${describeProgrammeSpan(programme)}`,
      ),
      programme.dateNote ? el('p', { className: 'muted date-note' }, programme.dateNote) : null,
      el('p', {}, programme.summary),
      parent
        ? el(
            'p',
            {},
            'Part of ',
            action(`${parent.acronym} — ${parent.name}`, 'select-programme', parent.id, {
              className: 'link-button',
            }),
          )
        : null,
      children.length > 0 ? el('h3', {}, 'Includes') : null,
      children.length > 0 ? renderProgrammeButtons(ctx, children, 'Programmes within this one') : null,
      el('h3', {}, `Events (${events.length})`),
      renderEventList(ctx, events, `Events of ${programme.acronym}`),
      el('h3', {}, `Places (${places.length})`),
      renderPlaceButtons(ctx, places, `Places of ${programme.acronym}`),
      el('h3', {}, 'Sources'),
      renderSources(ctx, programme.sources),
    ]);
    return { nodes, announcement: `Programme: ${programme.acronym}` };
  },
  update: updateLaterMarks,
};
