/**
 * Timers that move the story on by themselves: a tour's steps and the year playback. They only
 * send intents, so pausing, stepping by hand or a link restore all interrupt them naturally.
 */
import type { AtlasIndex } from '../model/indexes.ts';
import type { Store } from './store.ts';
import { getStepDwellMs, TOURS } from './tours.ts';

/** How long each year shows during playback. */
export const YEAR_STEP_MS = 1600;

export interface PlayerOptions {
  /** No camera travels (no map, or the map is not drawing): each step counts as reached at once. */
  arriveAtOnce: () => boolean;
  /**
   * Where the reader's input is heard: any key, press or wheel there pauses playing (a presentation
   * stops when the reader takes over), except on the tour's own play controls (`[data-tour-play]`).
   */
  input?: Document;
}

/**
 * Plays the followed tour, whichever it is: after the camera has arrived at a step, waits as long as
 * the step's text takes to read (at the tour's speed), then goes on. Returns `dispose`.
 */
export function mountTourPlayer(store: Store, index: AtlasIndex, options: PlayerOptions): () => void {
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
    const { id, step } = tour;
    if (tour.playing && tour.arrived && id !== null && step !== null) {
      timer = setTimeout(
        () => {
          timer = undefined;
          store.dispatch({ type: 'tour-step', tour: id, delta: 1 });
        },
        getStepDwellMs(index, id, step, tour.speed),
      );
    }
  });
  const onInput = (event: Event) => {
    const { tour } = store.getState();
    if (!tour.playing || tour.id === null) return;
    const onPlayControl = (event.target as Element | null)?.closest?.('[data-tour-play]') != null;
    if (event instanceof KeyboardEvent) {
      // The play key, and Enter or Space on the play control, toggle playing themselves; a modifier
      // alone is nothing yet; every other key is the reader taking over.
      const key = event.key.toLowerCase();
      if (key === TOURS[tour.id].controls.keys.play) return;
      if (onPlayControl && (key === 'enter' || key === ' ')) return;
      if (['shift', 'control', 'alt', 'meta'].includes(key)) return;
    } else if (onPlayControl) return;
    store.dispatch({ type: 'tour-play', tour: tour.id, playing: false });
  };
  const inputs = ['keydown', 'pointerdown', 'wheel'] as const;
  for (const type of inputs) options.input?.addEventListener(type, onInput, { capture: true, passive: true });
  return () => {
    clear();
    unsubscribe();
    for (const type of inputs) options.input?.removeEventListener(type, onInput, { capture: true });
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
