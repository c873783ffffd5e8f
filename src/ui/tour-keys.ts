/**
 * A tour's keys, anywhere on the page outside text fields while that tour is followed: next, previous
 * and play/pause as its spec names them (`TOURS[tour].controls.keys`), and Escape to leave (the panel
 * handles Escape itself when focus is inside it).
 */
import type { Store } from '../state/store.ts';
import { TOURS, type TourId } from '../state/tours.ts';

/** Listens for `tour`'s keys on `doc`; `onLeave` runs after Escape left it. Returns `dispose`. */
export function mountTourKeys(
  doc: Document,
  store: Store,
  tour: TourId,
  onLeave: () => void = () => {},
): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest?.('input, select, textarea, [contenteditable="true"]')) return;
    const state = store.getState();
    if (state.tour.id !== tour) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      store.dispatch({ type: 'dismiss' });
      onLeave();
      return;
    }
    const { keys } = TOURS[tour].controls;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (key === keys.next || key === keys.prev) {
      event.preventDefault();
      store.dispatch({ type: 'tour-step', tour, delta: key === keys.next ? 1 : -1 });
    } else if (key === keys.play) {
      event.preventDefault();
      store.dispatch({ type: 'tour-play', tour, playing: !state.tour.playing });
    }
  };
  doc.addEventListener('keydown', onKey);
  return () => doc.removeEventListener('keydown', onKey);
}
