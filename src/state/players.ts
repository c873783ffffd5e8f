/**
 * Timers that move the story on by themselves: a tour's journey and the year playback. They only
 * send intents, so pausing, stepping by hand or a link restore all interrupt them naturally.
 */
import type { Store } from './store.ts';

/** How long a tour rests at a step at speed 1 before going on. */
export const ROUTE_DWELL_MS = 2600;
/** How long each year shows during playback. */
export const YEAR_STEP_MS = 1600;

export interface PlayerOptions {
  /** No camera travels (no map, or the map is not drawing): each step counts as reached at once. */
  arriveAtOnce: () => boolean;
}

/** Advances the followed tour after each arrival while playing. Returns `dispose`. */
export function mountTourPlayer(store: Store, options: PlayerOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const clear = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const unsubscribe = store.subscribe((state, previous) => {
    const { tour } = state;
    if (tour.step !== null && !tour.arrived && options.arriveAtOnce()) {
      store.dispatch({ type: 'tour-arrived', step: tour.step });
      return;
    }
    const changed =
      tour.playing !== previous.tour.playing ||
      tour.arrived !== previous.tour.arrived ||
      tour.step !== previous.tour.step ||
      tour.speed !== previous.tour.speed;
    if (!changed) return;
    clear();
    const id = tour.id;
    if (tour.playing && tour.arrived && id !== null) {
      timer = setTimeout(() => {
        timer = undefined;
        store.dispatch({ type: 'tour-step', tour: id, delta: 1 });
      }, ROUTE_DWELL_MS / tour.speed);
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
