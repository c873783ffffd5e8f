/**
 * The panel as a sheet on a phone: let down (the map keeps most of the screen) or pulled up to read.
 * The toggle works by a tap, a key, or a drag up or down on it; the page's CSS sizes the sheet from
 * `data-sheet` on the app. On a wide window the toggle is not shown and nothing changes.
 */
import { getMessages } from '../i18n/locale.ts';
import type { Store } from '../state/store.ts';

/** How far, in CSS pixels, a drag on the toggle must travel to count as pulling the sheet. */
export const SHEET_DRAG_PX = 24;

export type SheetState = 'peek' | 'full';

/** The sheet's next state after a drag of `dy` pixels (negative is up), or null for a tap. */
export function getDraggedSheetState(dy: number): SheetState | null {
  if (dy <= -SHEET_DRAG_PX) return 'full';
  if (dy >= SHEET_DRAG_PX) return 'peek';
  return null;
}

/**
 * Mounts the sheet's toggle. With the `store`, the sheet opens when the story starts playing: play
 * turns a chapter when its text has had the time to be read, which the let-down sheet's three lines
 * do not show. Returns `dispose`.
 */
export function mountSheet(app: HTMLElement, toggle: HTMLButtonElement, store?: Store): () => void {
  const text = toggle.querySelector('.sheet-toggle-text') ?? toggle;
  const set = (state: SheetState) => {
    app.dataset.sheet = state;
    toggle.setAttribute('aria-expanded', String(state === 'full'));
    text.textContent = state === 'full' ? getMessages().sheetLess : getMessages().sheetMore;
  };
  set('peek');
  let startY: number | null = null;
  let dragged = false;
  const onDown = (event: PointerEvent) => {
    startY = event.clientY;
    dragged = false;
    toggle.setPointerCapture?.(event.pointerId);
  };
  const onUp = (event: PointerEvent) => {
    if (startY === null) return;
    const next = getDraggedSheetState(event.clientY - startY);
    startY = null;
    if (next === null) return;
    dragged = true;
    set(next);
  };
  const onCancel = () => {
    startY = null;
  };
  const onClick = () => {
    // A drag has already moved the sheet; the click the browser sends after it is not a second tap.
    if (dragged) {
      dragged = false;
      return;
    }
    set(app.dataset.sheet === 'full' ? 'peek' : 'full');
  };
  const listeners: [string, EventListener][] = [
    ['pointerdown', onDown as EventListener],
    ['pointerup', onUp as EventListener],
    ['pointercancel', onCancel],
    ['click', onClick],
  ];
  for (const [type, listener] of listeners) toggle.addEventListener(type, listener);
  const unsubscribe = store?.subscribe((state, previous) => {
    const playing = state.tour.id === 'story' && state.tour.playing;
    if (playing && !(previous.tour.id === 'story' && previous.tour.playing)) set('full');
  });
  return () => {
    unsubscribe?.();
    for (const [type, listener] of listeners) toggle.removeEventListener(type, listener);
    delete app.dataset.sheet;
  };
}
