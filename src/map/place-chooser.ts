/**
 * Every marker is a fair target: where a click lands on several story places' markers at once (Termez,
 * its bridge and Hairatan at the overview's zoom), the map asks which one instead of guessing. The
 * chooser is map-owned DOM in a MapLibre popup; choosing sends the same `select` intent as a click.
 */

import { type Map as MapLibreMap, Popup } from 'maplibre-gl';
import { getMessages } from '../i18n/locale.ts';

/** How near a marker's centre, in pixels, a click counts as on it (the dot with its ring, and a finger's slack). */
export const MARKER_HIT_PX = 9;

/** A place as the click sees it: its id and where its marker is drawn, in map pixels. */
export interface ProjectedPlace {
  id: string;
  x: number;
  y: number;
}

/**
 * The places whose markers a click at (`x`, `y`) lands on, nearest first: one means open it, several
 * mean ask, none means the click missed every marker.
 */
export function findPlacesUnderClick(
  places: readonly ProjectedPlace[],
  x: number,
  y: number,
  radius: number = MARKER_HIT_PX,
): string[] {
  return places
    .map((p) => ({ id: p.id, distance: Math.hypot(p.x - x, p.y - y) }))
    .filter((p) => p.distance <= radius)
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
    .map((p) => p.id);
}

/** The chooser's handle: open it at a point with its places, close it, dispose of it. */
export interface PlaceChooser {
  open(at: [number, number], places: readonly { id: string; name: string; kind: string }[]): void;
  close(): void;
  dispose(): void;
}

/** Mounts the chooser on `map`; `choose` receives the place the reader picked. */
export function mountPlaceChooser(map: MapLibreMap, choose: (id: string) => void): PlaceChooser {
  const popup = new Popup({
    closeButton: true,
    closeOnClick: true,
    closeOnMove: false,
    focusAfterOpen: false,
    maxWidth: '260px',
    className: 'place-chooser',
  });
  let opener: Element | null = null;
  const close = () => {
    if (popup.isOpen()) popup.remove();
  };
  const open: PlaceChooser['open'] = (at, places) => {
    const doc = map.getContainer().ownerDocument;
    const root = doc.createElement('div');
    root.setAttribute('role', 'group');
    root.setAttribute('aria-labelledby', 'place-chooser-title');
    const title = doc.createElement('p');
    title.id = 'place-chooser-title';
    title.className = 'place-chooser-title';
    const m = getMessages();
    title.textContent = m.placeChooserTitle(places.length);
    const list = doc.createElement('ul');
    list.className = 'place-chooser-list';
    for (const place of places) {
      const item = doc.createElement('li');
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = 'place-chooser-option';
      button.dataset.placeId = place.id;
      button.textContent = place.name;
      const kind = doc.createElement('span');
      kind.className = 'place-chooser-kind';
      kind.textContent = ` · ${m.placeKinds[place.kind] ?? place.kind}`;
      button.append(kind);
      item.append(button);
      list.append(item);
    }
    root.append(title, list);
    root.addEventListener('click', (event) => {
      const id = (event.target as Element | null)?.closest<HTMLElement>('[data-place-id]')?.dataset.placeId;
      if (!id) return;
      close();
      choose(id);
    });
    root.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      // Escape closes the chooser only; the store's Escape (leave, clear) waits for the next press.
      event.stopPropagation();
      close();
      if (opener instanceof HTMLElement) opener.focus();
    });
    opener = doc.activeElement;
    close();
    popup.setLngLat(at).setDOMContent(root).addTo(map);
    list.querySelector<HTMLButtonElement>('button')?.focus({ preventScroll: true });
  };
  return { open, close, dispose: close };
}
