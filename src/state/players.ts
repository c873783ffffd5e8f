/**
 * Timers that move the story on by themselves: the route journey and the year playback. They only
 * send intents, so pausing, stepping by hand or a link restore all interrupt them naturally.
 */
import type { Store } from './store.ts';

/** How long the journey rests at a stop at speed 1 before going on. */
export const ROUTE_DWELL_MS = 2600;
/** How long each year shows during playback. */
export const YEAR_STEP_MS = 1600;

export interface PlayerOptions {
  /** No camera travels (no map, or the map is not drawing): each stop counts as reached at once. */
  arriveAtOnce: () => boolean;
}

/** Advances the route after each arrival while playing. Returns `dispose`. */
export function mountRoutePlayer(store: Store, options: PlayerOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const clear = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const unsubscribe = store.subscribe((state, previous) => {
    const { route } = state;
    if (route.stop !== null && !route.arrived && options.arriveAtOnce()) {
      store.dispatch({ type: 'route-arrived', stop: route.stop });
      return;
    }
    const changed =
      route.playing !== previous.route.playing ||
      route.arrived !== previous.route.arrived ||
      route.stop !== previous.route.stop ||
      route.speed !== previous.route.speed;
    if (!changed) return;
    clear();
    if (route.playing && route.arrived && route.stop !== null) {
      timer = setTimeout(() => {
        timer = undefined;
        store.dispatch({ type: 'route-step', delta: 1 });
      }, ROUTE_DWELL_MS / route.speed);
    }
  });
  return () => {
    clear();
    unsubscribe();
  };
}

/** Steps through the years while year playback is on. Returns `dispose`. */
export function mountYearPlayer(store: Store, lastYear: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const { year, yearPlaying } = store.getState();
      if (!yearPlaying) return;
      if (year >= lastYear) {
        store.dispatch({ type: 'play-years', playing: false });
        return;
      }
      store.dispatch({ type: 'set-year', year: year + 1, fly: true });
      schedule();
    }, YEAR_STEP_MS);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.yearPlaying === previous.yearPlaying) return;
    if (state.yearPlaying) schedule();
    else clearTimeout(timer);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
