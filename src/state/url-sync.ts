/**
 * Keeps the address bar and the store in step. What each change does to history comes from the link
 * fields (`link-fields.ts`): selections, stops and years become history entries (so back and forward
 * move through them), year playback shares one entry, and camera moves only rewrite the current
 * entry, throttled.
 */
import { classifyChange, LINK_FIELDS, type LinkFieldName, toRestorable } from './link-fields.ts';
import type { Store } from './store.ts';
import { parseHash, serializeHash } from './url-hash.ts';

export { toRestorable, YEAR_COALESCE_MS } from './link-fields.ts';

/** Camera moves rewrite the link at most this often. */
export const CAMERA_WRITE_MS = 400;

/** Restores the store from the current hash and mirrors it from then on. Returns `dispose`. */
export function mountUrlSync(store: Store, defaultYear: number, win: Window = window): () => void {
  let restoring = false;
  let replaceTimer: ReturnType<typeof setTimeout> | undefined;
  const lastPush = new Map<LinkFieldName, number>();

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
  /** Quick changes of coalescing fields alone share the entry the first of them made. */
  const coalesces = (fields: readonly LinkFieldName[], now: number) =>
    fields.every((name) => {
      const field: { history: string; coalesceMs?: number } = LINK_FIELDS[name];
      if (field.history === 'replace') return true;
      const windowMs = field.coalesceMs;
      return windowMs !== undefined && now - (lastPush.get(name) ?? Number.NEGATIVE_INFINITY) < windowMs;
    });

  if (win.location.hash.length > 1) restore();

  const unsubscribe = store.subscribe((state, previous) => {
    // A restored state came from the link: writing it back would only add an entry.
    if (restoring) return;
    const change = classifyChange(state, previous);
    if (!change) return;
    if (change.mode === 'replace') {
      if (replaceTimer === undefined)
        replaceTimer = setTimeout(() => {
          replaceTimer = undefined;
          write('replace');
        }, CAMERA_WRITE_MS);
      return;
    }
    const now = Date.now();
    const mode = change.mode === 'merge' || coalesces(change.fields, now) ? 'replace' : 'push';
    for (const name of change.fields) lastPush.set(name, now);
    clearTimeout(replaceTimer);
    replaceTimer = undefined;
    write(mode);
  });

  const onPopState = () => restore();
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    clearTimeout(replaceTimer);
    win.removeEventListener('popstate', onPopState);
  };
}

/** Whether the current history entry was made by this page, so Back stays inside the atlas. */
export function canGoBackInAtlas(win: Window = window): boolean {
  const state: unknown = win.history.state;
  return typeof state === 'object' && state !== null && (state as { atlas?: unknown }).atlas === true;
}
