/** A place: what it is, its events, programmes and the places linked to it through them. */
import { getCountryName } from '../../model/countries.ts';
import type { Place } from '../../model/schema.ts';
import {
  describePlaceKind,
  renderEventList,
  renderHeader,
  renderPlaceButtons,
  renderProgrammeButtons,
  updateLaterMarks,
} from './parts.ts';
import { compact, type PanelView } from './view.ts';

export const placeView: PanelView = {
  name: 'place',
  match: (state, index) => state.selection?.kind === 'place' && index.placeById.has(state.selection.id),
  subject: (state) => `place:${state.selection?.id ?? ''}`,
  render(ctx) {
    const { el, index, state } = ctx;
    const place = index.placeById.get(state.selection?.id ?? '') as Place;
    const events = index.eventsByPlace.get(place.id) ?? [];
    const programmes = index.programmesByPlace.get(place.id) ?? [];
    const linked = new Map<string, Place>();
    for (const event of events)
      for (const id of event.placeIds) {
        const other = index.placeById.get(id);
        if (other && other.id !== place.id) linked.set(id, other);
      }
    const subtitle = `${describePlaceKind(place)} · ${getCountryName(place.country)}${place.localName ? ` · ${place.localName}` : ''}`;
    const nodes = compact([
      ...renderHeader(ctx, place.name, subtitle),
      el('p', {}, place.summary),
      el('h3', {}, `Events here (${events.length})`),
      renderEventList(ctx, events, `Events at ${place.name}`),
      programmes.length > 0 ? el('h3', {}, 'Programmes') : null,
      programmes.length > 0 ? renderProgrammeButtons(ctx, programmes, `Programmes at ${place.name}`) : null,
      linked.size > 0 ? el('h3', {}, 'Linked places') : null,
      linked.size > 0
        ? renderPlaceButtons(ctx, [...linked.values()], `Places linked to ${place.name}`)
        : null,
    ]);
    return { nodes, announcement: `${place.name}, ${events.length} events` };
  },
  update: updateLaterMarks,
};
