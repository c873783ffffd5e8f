/**
 * Keeps the address bar and the store in step: selections, stops and years become history entries
 * (so back and forward move through them); camera moves only rewrite the current entry, throttled.
 */
import type { AtlasState, RestorableState, Store } from './store.ts';
import { parseHash, serializeHash } from './url-hash.ts';

/** Camera moves rewrite the link at most this often. */
export const CAMERA_WRITE_MS = 400;
/** Year changes closer together than this (a held arrow key) share one history entry. */
export const YEAR_COALESCE_MS = 1000;

/** The parts of the state a link carries. */
export function toRestorable(state: AtlasState): RestorableState {
  return { selection: state.selection, year: state.year, stop: state.route.stop, camera: state.camera };
}

/** Restores the store from the current hash and mirrors it from then on. Returns `dispose`. */
export function mountUrlSync(store: Store, defaultYear: number, win: Window = window): () => void {
  let restoring = false;
  let cameraTimer: ReturnType<typeof setTimeout> | undefined;
  let lastYearPush = 0;

  const restore = () => {
    restoring = true;
    try {
      store.dispatch({ type: 'restore', state: parseHash(win.location.hash) });
    } finally {
      restoring = false;
    }
  };
  const write = (mode: 'push' | 'replace') => {
    const hash = serializeHash(toRestorable(store.getState()), defaultYear);
    if (hash === win.location.hash) return;
    if (mode === 'push') win.history.pushState({ atlas: true }, '', hash);
    else win.history.replaceState(win.history.state, '', hash);
  };

  if (win.location.hash.length > 1) restore();

  const unsubscribe = store.subscribe((state, previous) => {
    if (restoring) return;
    const selectionChanged =
      state.selection?.kind !== previous.selection?.kind || state.selection?.id !== previous.selection?.id;
    const stopChanged = state.route.stop !== previous.route.stop;
    const yearChanged = state.year !== previous.year;
    if (selectionChanged || stopChanged || yearChanged) {
      const now = Date.now();
      const coalesce =
        yearChanged && !selectionChanged && !stopChanged && now - lastYearPush < YEAR_COALESCE_MS;
      if (yearChanged) lastYearPush = now;
      clearTimeout(cameraTimer);
      cameraTimer = undefined;
      write(coalesce ? 'replace' : 'push');
    } else if (state.camera !== previous.camera && cameraTimer === undefined) {
      cameraTimer = setTimeout(() => {
        cameraTimer = undefined;
        write('replace');
      }, CAMERA_WRITE_MS);
    }
  });

  const onPopState = () => restore();
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    clearTimeout(cameraTimer);
    win.removeEventListener('popstate', onPopState);
  };
}

/** Whether the current history entry was made by this page, so Back stays inside the atlas. */
export function canGoBackInAtlas(win: Window = window): boolean {
  const state: unknown = win.history.state;
  return typeof state === 'object' && state !== null && (state as { atlas?: unknown }).atlas === true;
}
