/**
 * Keeps the atlas for visits without a network: registers the service worker the build generates, once
 * the map has first settled (its precaching must not compete with the first load), and offers a newer
 * version when one is waiting.
 */
import { registerSW } from 'virtual:pwa-register';
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

/** Starts offline support; `host` receives the "new version" notice. */
export async function startOffline(host: HTMLElement): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  await whenMapSettled();
  let dismiss: (() => void) | undefined;
  const updateServiceWorker = registerSW({
    onNeedRefresh() {
      dismiss?.();
      dismiss = showUpdateNotice(host, () => {
        // The registration helper reloads only when the page started under a worker; a page that
        // installed the first version in this same visit needs the reload too.
        navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
          once: true,
        });
        void updateServiceWorker(true);
      });
    },
  });
}
