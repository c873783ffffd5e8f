/**
 * The one rule for the page's transient overlays (the map's place chooser, the route key's disclosure,
 * the Share panel, the Themes menu): they close when the view changes, whatever changed it — a search
 * result, Back or Forward, a tour's step, a timeline mark, Escape. Each overlay subscribes here rather
 * than guessing at its own list of intents, so a new way of changing the view closes them all.
 */
import { isSameSelection } from './atlas-state.ts';
import type { AtlasState, Store } from './store.ts';

/**
 * Whether going from `previous` to `next` shows the reader another view: another selection, another
 * tour or step, the step's detail opened or closed, or the camera sent somewhere new. A filter, a
 * year scrubbed in place or a camera the reader drags is not: those are read in the view they change.
 */
export function hasViewChanged(previous: AtlasState, next: AtlasState): boolean {
  return (
    !isSameSelection(previous.selection, next.selection) ||
    previous.tour.id !== next.tour.id ||
    previous.tour.step !== next.tour.step ||
    previous.detail !== next.detail ||
    (next.cameraRequest !== null && next.cameraRequest.seq !== previous.cameraRequest?.seq)
  );
}

/** Calls `close` every time the view changes; returns the unsubscribe function. */
export function onViewChange(store: Pick<Store, 'subscribe'>, close: () => void): () => void {
  return store.subscribe((state, previous) => {
    if (hasViewChanged(previous, state)) close();
  });
}
