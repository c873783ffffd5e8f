/**
 * The way into the story from the top bar, and its keys anywhere on the page: `[` and `]` step through
 * the chapters, Escape leaves. The chapter itself, with its buttons, is a panel view.
 */
import { getMessages } from '../i18n/locale.ts';
import type { AtlasState, Store } from '../state/store.ts';

/** Keys that step through the chapters; N, P and K belong to the route. */
export const STORY_KEYS: Readonly<Record<string, 1 | -1>> = { '[': -1, ']': 1 };

/** Wires the "Read the story" button and the story's keys. Returns `dispose`. */
export function mountStoryControls(readButton: HTMLButtonElement, store: Store): () => void {
  const doc = readButton.ownerDocument;
  const reading = (state: AtlasState) => state.tour.id === 'story';
  const render = (state: AtlasState) => {
    readButton.setAttribute('aria-pressed', String(reading(state)));
    readButton.textContent = reading(state) ? getMessages().readingStory : getMessages().readStory;
  };
  const onRead = () => {
    if (reading(store.getState())) store.dispatch({ type: 'tour-leave' });
    else store.dispatch({ type: 'tour-go', tour: 'story', step: 0 });
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, select, textarea, [contenteditable="true"]')) return;
    if (!reading(store.getState())) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      store.dispatch({ type: 'dismiss' });
      if (doc.activeElement === null || doc.activeElement === doc.body) readButton.focus();
      return;
    }
    const delta = STORY_KEYS[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    store.dispatch({ type: 'tour-step', tour: 'story', delta });
  };
  readButton.addEventListener('click', onRead);
  doc.addEventListener('keydown', onKey);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.tour !== previous.tour) render(state);
  });
  render(store.getState());
  return () => {
    unsubscribe();
    readButton.removeEventListener('click', onRead);
    doc.removeEventListener('keydown', onKey);
  };
}
