/** The stop being visited on the transit route: where, what happened there, and every stop. */

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
    const stopIndex = state.tour.step ?? 0;
    const stop = route.stops[stopIndex];
    const place = stop ? index.placeById.get(stop.placeId) : undefined;
    if (!stop || !place) return { nodes: [], announcement: '' };
    const events = stop.eventIds.flatMap((id) => index.eventById.get(id) ?? []);
    const start = index.placeById.get(route.stops[0]?.placeId ?? '')?.name ?? 'the start';
    const nodes = compact([
      el(
        'div',
        { className: 'panel-nav' },
        action('Leave the route', 'route-leave', '', { className: 'nav-button' }),
      ),
      el(
        'p',
        { className: 'panel-kicker' },
        `${index.dataset.route.name} · stop ${stopIndex + 1} of ${route.stops.length} · ${formatKm(stop.km)} from ${start}`,
      ),
      el('h2', { tabindex: -1, className: 'panel-title' }, place.name),
      el('p', {}, stop.narrative),
      events.length > 0 ? el('h3', {}, 'What happened here') : null,
      events.length > 0 ? renderEventList(ctx, events, `Events at stop ${stopIndex + 1}`) : null,
      el(
        'p',
        {},
        action(`More about ${place.name}`, 'select-place-detail', place.id, { className: 'link-button' }),
      ),
      el('h3', {}, 'All stops'),
      el(
        'ol',
        { className: 'stop-list', 'aria-label': 'Stops of the transit route' },
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
    return { nodes, announcement: `Stop ${stopIndex + 1} of ${route.stops.length}: ${place.name}` };
  },
  update: updateLaterMarks,
};
