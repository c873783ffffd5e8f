/**
 * Keeps a map in step with the store from the moment it is created. Changes that arrive before the
 * map's style has loaded are not lost: they wait, and the map catches up once when it is ready.
 */
import type { AtlasState, Store } from '../state/store.ts';

/** What the map does for each kind of change. */
export interface MapSyncTarget {
  applyPlaceStates(state: AtlasState): void;
  applyYear(year: number): void;
  applyCameraRequest(state: AtlasState): void;
}

/**
 * Subscribes at once; until `ready` resolves, changes are only noted. Returns `dispose`.
 * `initial` is the state the map was created from (its camera already shows that state's view).
 */
export function syncMapWithStore(
  store: Store,
  initial: AtlasState,
  ready: Promise<void>,
  target: MapSyncTarget,
): () => void {
  let loaded = false;
  let disposed = false;
  const unsubscribe = store.subscribe((state, previous) => {
    if (!loaded) return;
    if (
      state.selection !== previous.selection ||
      state.year !== previous.year ||
      state.tour !== previous.tour ||
      state.themes !== previous.themes
    )
      target.applyPlaceStates(state);
    if (state.year !== previous.year) target.applyYear(state.year);
    if (state.cameraRequest !== previous.cameraRequest) target.applyCameraRequest(state);
  });
  void ready.then(() => {
    if (disposed) return;
    loaded = true;
    const now = store.getState();
    target.applyPlaceStates(now);
    if (now.year !== initial.year) target.applyYear(now.year);
    // The map was created at the initial view; a fit asked for then, or any request since, still needs doing.
    const request = now.cameraRequest;
    if (request && (request !== initial.cameraRequest || request.kind === 'fit'))
      target.applyCameraRequest(now);
  });
  return () => {
    disposed = true;
    unsubscribe();
  };
}
