/**
 * Keeps the atlas for visits without a network: registers the service worker the build generates, once
 * the map has first settled (its precaching must not compete with the first load), and offers a newer
 * version when one is waiting.
 */
import { showUpdateNotice } from './ui/update-notice.ts';

/** Longest wait for the map's first idle before registering anyway (no WebGL, slow machine). */
const REGISTER_AFTER_MS = 8000;

function whenMapSettled(): Promise<void> {
  return new Promise((resolve) => {
    if (performance.getEntriesByName('atlas-first-idle').length > 0) return resolve();
    const timer = setTimeout(done, REGISTER_AFTER_MS);
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('atlas-first-idle').length > 0) done();
    });
    function done() {
      clearTimeout(timer);
      observer.disconnect();
      resolve();
    }
    observer.observe({ type: 'mark', buffered: true });
  });
}

/**
 * Offers `waiting`, a newer version installed behind the running one; accepting activates it and
 * reloads into it. The generated worker activates on this message.
 */
function offerUpdate(host: HTMLElement, waiting: ServiceWorker, previous?: () => void): () => void {
  previous?.();
  return showUpdateNotice(host, () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
      once: true,
    });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
}

/** How often a tab left open looks for a newer version. */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Looks for a newer version when the tab becomes visible again and once an hour, so a tab left open
 * for days still hears of one (the browser itself checks only on navigation). A failed check (offline)
 * is no problem: the next one tries again. Returns `dispose`.
 */
export function watchForUpdates(
  registration: Pick<ServiceWorkerRegistration, 'update'>,
  doc: Document = document,
  every: number = UPDATE_CHECK_MS,
): () => void {
  const check = () => {
    registration.update().catch(() => {});
  };
  const onVisibility = () => {
    if (doc.visibilityState === 'visible') check();
  };
  doc.addEventListener('visibilitychange', onVisibility);
  const timer = setInterval(() => {
    if (doc.visibilityState === 'visible') check();
  }, every);
  return () => {
    doc.removeEventListener('visibilitychange', onVisibility);
    clearInterval(timer);
  };
}

/**
 * Starts offline support; `host` receives the "new version" notice. Registers the worker directly:
 * the few lines here replace a registration library that cost more than the rest of this module.
 */
export async function startOffline(host: HTMLElement, root: string): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  await whenMapSettled();
  // One worker for the whole site, at its root: it keeps every language's page.
  const registration = await navigator.serviceWorker.register(new URL('sw.js', root).href, { scope: root });
  watchForUpdates(registration);
  let dismiss: (() => void) | undefined;
  // A first install has no controller yet: it is the current version, not an update to offer.
  const isUpdate = () => navigator.serviceWorker.controller !== null;
  if (registration.waiting && isUpdate()) dismiss = offerUpdate(host, registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && isUpdate()) dismiss = offerUpdate(host, installing, dismiss);
    });
  });
}
