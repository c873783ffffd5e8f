/**
 * The route's key. Beside the map it is one line under the search; on a phone, where no line is spare
 * and anything over the map could hide a story place's name, the "Key" button opens it on demand (the
 * stylesheet shows the button only there). Escape, a press elsewhere or a change of view closes it again.
 */
import type { Store } from '../state/store.ts';
import { onViewChange } from '../state/view-change.ts';

/** Wires the key's disclosure in `container` (button, then its body). Returns `dispose`. */
export function mountLegendToggle(container: HTMLElement, store: Pick<Store, 'subscribe'>): () => void {
  const toggle = container.querySelector('button') as HTMLButtonElement;
  const setOpen = (open: boolean) => toggle.setAttribute('aria-expanded', String(open));
  const isOpen = () => toggle.getAttribute('aria-expanded') === 'true';

  const onToggle = () => setOpen(!isOpen());
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !isOpen()) return;
    // Closing comes before the page's own Escape (leave the tour, clear the selection).
    event.stopPropagation();
    setOpen(false);
    toggle.focus();
  };
  const onOutside = (event: Event) => {
    if (isOpen() && !container.contains(event.target as Node)) setOpen(false);
  };
  toggle.addEventListener('click', onToggle);
  container.addEventListener('keydown', onKey);
  document.addEventListener('pointerdown', onOutside);
  const stopWatching = onViewChange(store, () => setOpen(false));
  return () => {
    stopWatching();
    toggle.removeEventListener('click', onToggle);
    container.removeEventListener('keydown', onKey);
    document.removeEventListener('pointerdown', onOutside);
    setOpen(false);
  };
}
