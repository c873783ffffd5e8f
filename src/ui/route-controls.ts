/**
 * The route bar: follow, play/pause, previous/next, speed and leave, with progress as stop and
 * distance. The route's keys (its spec's: N next, P previous, K play/pause, Escape leaves) come from
 * `tour-keys.ts`.
 */
import { getMessages } from '../i18n/locale.ts';
import type { RouteGeometry } from '../model/bundle.ts';
import { type AtlasState, type Store, TOUR_SPEEDS } from '../state/store.ts';
import { TOURS } from '../state/tours.ts';
import { bindElementBuilder } from './dom.ts';
import { formatKm } from './format.ts';
import { mountTourKeys } from './tour-keys.ts';

/** Mounts the follow button and the route bar. Returns `dispose`. */
export function mountRouteControls(
  followButton: HTMLButtonElement,
  bar: HTMLElement,
  store: Store,
  route: RouteGeometry,
  stopName: (placeId: string) => string,
): () => void {
  const doc = bar.ownerDocument;
  const el = bindElementBuilder(doc);
  const button = (label: string, action: string, shortcut?: string) =>
    el(
      'button',
      {
        type: 'button',
        'data-route': action,
        'aria-keyshortcuts': shortcut ?? null,
        title: shortcut ? `${label} (${shortcut})` : label,
      },
      label,
    );
  const m = getMessages();
  const { keys } = TOURS.route.controls;
  const prev = button(m.routePrevious, 'prev', keys.prev.toUpperCase());
  const play = button(m.routePlay, 'play', keys.play.toUpperCase());
  // Presses on the play button toggle playing; every other input pauses it (the player's rule).
  play.dataset.tourPlay = '';
  const next = button(m.routeNext, 'next', keys.next.toUpperCase());
  const speed = el(
    'select',
    { 'aria-label': m.routeSpeed, className: 'speed-select' },
    ...TOUR_SPEEDS.map((s) => el('option', { value: s }, `${new Intl.NumberFormat(m.intl).format(s)}×`)),
  );
  const leave = button(m.routeLeave, 'leave');
  const speedLabel = el(
    'label',
    { className: 'speed-label' },
    el('span', { className: 'speed-label-text' }, `${m.routeSpeed} `),
    speed,
  );
  const progress = el('p', { className: 'route-progress', 'aria-hidden': 'true' });
  const meter = el('div', {
    className: 'route-meter',
    role: 'progressbar',
    'aria-label': m.distanceTravelled,
    'aria-valuemin': 0,
  });
  const meterFill = el('span', { className: 'route-meter-fill' });
  meter.append(meterFill);
  bar.append(el('div', { className: 'route-buttons' }, prev, play, next, speedLabel, leave), progress, meter);

  /** The route's stop, or null when the route is not being followed. */
  const stopOf = (state: AtlasState) => (state.tour.id === 'route' ? state.tour.step : null);
  const render = (state: AtlasState) => {
    const stop = stopOf(state);
    const { playing } = state.tour;
    bar.hidden = stop === null;
    followButton.setAttribute('aria-pressed', String(stop !== null));
    followButton.textContent = stop === null ? m.followRoute : m.followingRoute;
    if (stop === null) return;
    const current = route.stops[stop];
    const km = current?.km ?? 0;
    const last = stop === route.stops.length - 1;
    const where = m.routeProgress(
      stop + 1,
      route.stops.length,
      stopName(current?.placeId ?? ''),
      formatKm(km),
      formatKm(route.totalKm),
    );
    // The last stop is the end: it says so, and Leave is the one way on (Previous still steps back).
    progress.textContent = last ? `${m.routeEnd} ${where}` : where;
    play.hidden = last;
    next.hidden = last;
    speedLabel.hidden = last;
    meter.setAttribute('aria-valuemax', String(Math.round(route.totalKm)));
    meter.setAttribute('aria-valuenow', String(Math.round(km)));
    meter.setAttribute('aria-valuetext', m.kmOf(formatKm(km), formatKm(route.totalKm)));
    meterFill.style.width = `${(km / Math.max(route.totalKm, 1)) * 100}%`;
    prev.disabled = stop === 0;
    play.textContent = playing ? m.routePause : m.routePlay;
    play.setAttribute('aria-pressed', String(playing));
    speed.value = String(state.tour.speed);
  };

  const act = (action: string | undefined) => {
    const state = store.getState();
    switch (action) {
      case 'prev':
        store.dispatch({ type: 'tour-step', tour: 'route', delta: -1 });
        break;
      case 'next':
        store.dispatch({ type: 'tour-step', tour: 'route', delta: 1 });
        break;
      case 'play':
        store.dispatch({ type: 'tour-play', tour: 'route', playing: !state.tour.playing });
        break;
      case 'leave':
        store.dispatch({ type: 'tour-leave' });
        followButton.focus();
        break;
    }
  };
  const onBarClick = (event: MouseEvent) =>
    act((event.target as HTMLElement | null)?.closest<HTMLElement>('[data-route]')?.dataset.route);
  const onFollow = () => {
    if (stopOf(store.getState()) === null)
      store.dispatch({ type: 'tour-play', tour: 'route', playing: true });
    else act('leave');
  };
  const onSpeed = () => store.dispatch({ type: 'tour-speed', speed: Number(speed.value) });
  bar.addEventListener('click', onBarClick);
  followButton.addEventListener('click', onFollow);
  speed.addEventListener('change', onSpeed);
  const disposeKeys = mountTourKeys(doc, store, 'route', () => {
    if (doc.activeElement === null || doc.activeElement === doc.body) followButton.focus();
  });
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.tour !== previous.tour) render(state);
  });
  render(store.getState());
  return () => {
    unsubscribe();
    bar.removeEventListener('click', onBarClick);
    followButton.removeEventListener('click', onFollow);
    speed.removeEventListener('change', onSpeed);
    disposeKeys();
    bar.replaceChildren();
  };
}
