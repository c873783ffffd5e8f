/**
 * A place: what it is, its own events, its parts' events in a section each, its parent and parts,
 * the places nearby, its programmes and the places linked to it through its events.
 */
import { getMessages } from '../../i18n/locale.ts';
import type { AtlasEvent, Place } from '../../model/dataset.ts';
import { formatCountry, formatKm } from '../format.ts';
import {
  describePlaceKind,
  renderEventList,
  renderHeader,
  renderPlaceButtons,
  renderProgrammeButtons,
  updateLaterMarks,
} from './parts.ts';
import { compact, type PanelView, type ViewContext } from './view.ts';

/** Each part with events of its own (or of its own parts), in file order. */
function listPartStories(ctx: ViewContext, place: Place): { part: Place; events: readonly AtlasEvent[] }[] {
  return (ctx.index.partsByPlace.get(place.id) ?? []).flatMap((part) => {
    const events = ctx.index.eventsByPlaceWithParts.get(part.id) ?? [];
    return events.length > 0 ? [{ part, events }] : [];
  });
}

function renderNearby(ctx: ViewContext, place: Place): HTMLElement[] {
  const { el, action } = ctx;
  const m = getMessages();
  // Measured at build: the page carries no geometry library.
  const nearby = (ctx.index.nearbyByPlace.get(place.id) ?? []).flatMap((n) => {
    const other = ctx.index.placeById.get(n.placeId);
    return other ? [{ ...n, place: other }] : [];
  });
  if (nearby.length === 0) return [];
  return [
    el('h3', {}, m.nearby),
    el(
      'ul',
      { className: 'chip-list nearby', 'aria-label': m.placesNear(place.name) },
      ...nearby.map((n) =>
        el(
          'li',
          {},
          action(
            m.nearbyItem(n.place.name, formatKm(n.km), m.directions[n.direction] ?? n.direction),
            'select-place',
            n.place.id,
            {
              className: 'chip',
            },
          ),
        ),
      ),
    ),
  ];
}

export const placeView: PanelView = {
  name: 'place',
  match: (state, index) => state.selection?.kind === 'place' && index.placeById.has(state.selection.id),
  subject: (state) => `place:${state.selection?.id ?? ''}`,
  render(ctx) {
    const { el, action, index, state } = ctx;
    const m = getMessages();
    const place = index.placeById.get(state.selection?.id ?? '') as Place;
    const events = index.eventsByPlace.get(place.id) ?? [];
    const parent = place.partOf ? index.placeById.get(place.partOf) : undefined;
    const parts = index.partsByPlace.get(place.id) ?? [];
    const partStories = listPartStories(ctx, place);
    const programmes = index.programmesByPlace.get(place.id) ?? [];
    const shown = new Set([place.id, ...parts.map((p) => p.id), ...(parent ? [parent.id] : [])]);
    const linked = new Map<string, Place>();
    for (const event of index.kinds.place.events(place.id))
      for (const id of event.placeIds) {
        const other = index.placeById.get(id);
        if (other && !shown.has(id)) linked.set(id, other);
      }
    const subtitle = `${describePlaceKind(place)} · ${formatCountry(place.country)}${place.localName ? ` · ${place.localName}` : ''}`;
    // A place whose stories all sit at its parts shows those, not an empty list of its own.
    const showOwn = events.length > 0 || partStories.length === 0;
    const total = index.kinds.place.events(place.id).length;
    const nodes = compact([
      ...renderHeader(ctx, place.name, subtitle),
      parent
        ? el(
            'p',
            { className: 'part-of' },
            m.partOf,
            action(parent.name, 'select-place', parent.id, { className: 'link-button' }),
            m.partOfAfter || null,
          )
        : null,
      el('p', {}, place.summary),
      showOwn ? el('h3', {}, m.eventsHere(events.length)) : null,
      showOwn ? renderEventList(ctx, events, m.eventsAt(place.name)) : null,
      ...partStories.flatMap(({ part, events: partEvents }) => [
        el('h3', { className: 'part-heading' }, m.atPart(part.name, partEvents.length)),
        renderEventList(ctx, partEvents, m.eventsAt(part.name)),
      ]),
      parts.length > 0 ? el('h3', {}, m.parts) : null,
      parts.length > 0 ? renderPlaceButtons(ctx, parts, m.partsOf(place.name)) : null,
      ...renderNearby(ctx, place),
      programmes.length > 0 ? el('h3', {}, m.programmes) : null,
      programmes.length > 0 ? renderProgrammeButtons(ctx, programmes, m.programmesAt(place.name)) : null,
      linked.size > 0 ? el('h3', {}, m.linkedPlaces) : null,
      linked.size > 0 ? renderPlaceButtons(ctx, [...linked.values()], m.placesLinkedTo(place.name)) : null,
    ]);
    return { nodes, announcement: m.announcePlace(place.name, total) };
  },
  update: updateLaterMarks,
};
