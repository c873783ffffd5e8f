/** The stop being visited on the transit route: where, what happened there, and every stop. */
import { getMessages } from '../../i18n/locale.ts';
import { TOURS } from '../../state/tours.ts';
import { formatKm } from '../format.ts';
import { renderEventList, updateLaterMarks } from './parts.ts';
import { compact, type PanelView } from './view.ts';

export const routeStopView: PanelView = {
  name: 'route',
  match: (state) => state.tour.id === 'route' && state.tour.step !== null && !state.detail,
  subject: (state) => `stop:${state.tour.step ?? ''}`,
  render(ctx) {
    const { el, action, index, route, state } = ctx;
    const m = getMessages();
    const stopIndex = state.tour.step ?? 0;
    const stop = route.stops[stopIndex];
    const place = stop ? index.placeById.get(stop.placeId) : undefined;
    if (!stop || !place) return { nodes: [], announcement: '' };
    const events = stop.eventIds.flatMap((id) => index.eventById.get(id) ?? []);
    const start = index.placeById.get(route.stops[0]?.placeId ?? '')?.name ?? m.theStart;
    const nodes = compact([
      el(
        'div',
        { className: 'panel-nav' },
        action(m.leaveRoute, 'route-leave', '', { className: 'nav-button' }),
      ),
      el(
        'p',
        { className: 'panel-kicker' },
        m.stopKicker(index.dataset.route.name, stopIndex + 1, route.stops.length, formatKm(stop.km), start),
      ),
      el('h2', { tabindex: -1, className: 'panel-title' }, place.name),
      el('p', {}, stop.narrative),
      events.length > 0 ? el('h3', {}, m.whatHappenedHere) : null,
      events.length > 0 ? renderEventList(ctx, events, m.eventsAtStop(stopIndex + 1)) : null,
      el(
        'p',
        {},
        action(m.moreAbout(place.name), 'select-place-detail', place.id, { className: 'link-button' }),
      ),
      el('h3', {}, m.allStops),
      el(
        'ol',
        { className: 'stop-list', 'aria-label': m.stopsOfRoute },
        ...route.stops.map((s, i) =>
          el(
            'li',
            {},
            action(
              index.placeById.get(s.placeId)?.name ?? s.placeId,
              TOURS.route.controls.goAction,
              String(i),
              {
                className: 'link-button',
                'aria-current': i === stopIndex ? 'step' : null,
              },
            ),
            el('span', { className: 'muted' }, ` ${formatKm(s.km)}`),
          ),
        ),
      ),
    ]);
    return { nodes, announcement: m.announceStop(stopIndex + 1, route.stops.length, place.name) };
  },
  update: updateLaterMarks,
};
