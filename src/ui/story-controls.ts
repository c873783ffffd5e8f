/**
 * The way into the story from the top bar, and its keys anywhere on the page (its spec's: `[` and `]`
 * step through the chapters, K plays and pauses, Escape leaves). The chapter itself, with its buttons,
 * is a panel view.
 */
import { getMessages } from '../i18n/locale.ts';
import type { AtlasState, Store } from '../state/store.ts';
import { mountTourKeys } from './tour-keys.ts';

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
  readButton.addEventListener('click', onRead);
  const disposeKeys = mountTourKeys(doc, store, 'story', () => {
    if (doc.activeElement === null || doc.activeElement === doc.body) readButton.focus();
  });
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.tour !== previous.tour) render(state);
  });
  render(store.getState());
  return () => {
    unsubscribe();
    readButton.removeEventListener('click', onRead);
    disposeKeys();
  };
}
