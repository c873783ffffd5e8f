/**
 * The side panel: shows the view the state calls for (one module each under `views/`) and turns the
 * reader's clicks into intents. Focus moves to the new heading when the subject changes, and only a
 * short line is announced.
 */
import { getMessages } from '../i18n/locale.ts';
import type { RouteGeometry } from '../model/bundle.ts';
import type { AtlasIndex } from '../model/indexes.ts';
import { isSelectionKind } from '../model/kinds.ts';
import { matchesThemes } from '../model/themes.ts';
import type { AtlasState, Store } from '../state/store.ts';
import { findTourByAction } from '../state/tours.ts';
import { markGlossaryTerms } from './glossary-marks.ts';
import { chooseView } from './views/choose-view.ts';
import { createViewContext, type LiveView } from './views/view.ts';

export interface PanelOptions {
  /** Goes one step back through the selections (the browser history, when the page made it). */
  goBack: () => void;
  /** Tells assistive technology a short update. */
  announce: (text: string) => void;
}

/** Where keyboard focus was inside the panel body, in terms that survive a rebuild. */
interface FocusMark {
  element: HTMLElement;
  action: string | undefined;
  value: string | undefined;
  /** The section it sat in (its first class), to land in when the element itself is gone. */
  section: string | undefined;
}

function rememberFocus(body: HTMLElement): FocusMark | null {
  const active = body.ownerDocument.activeElement;
  if (!active || !body.contains(active) || !('dataset' in active)) return null;
  const element = active as HTMLElement;
  return {
    element,
    action: element.dataset.action,
    value: element.dataset.value,
    section: element.closest('section')?.classList[0],
  };
}

/** Puts focus back on the same control, else on its section's heading, else on the panel's title. */
function restoreFocus(body: HTMLElement, mark: FocusMark | null): void {
  if (mark === null || mark.element.isConnected) return;
  const same =
    mark.action === undefined
      ? null
      : [...body.querySelectorAll<HTMLElement>('[data-action]')].find(
          (e) => e.dataset.action === mark.action && e.dataset.value === mark.value,
        );
  const section = [...body.querySelectorAll<HTMLElement>('section')].find(
    (e) => mark.section !== undefined && e.classList[0] === mark.section,
  );
  const target =
    same ??
    section?.querySelector<HTMLElement>('[tabindex="-1"], button, a[href]') ??
    body.querySelector<HTMLElement>('.panel-title');
  target?.focus({ preventScroll: true });
}

/** A tour's play button in the panel says whether the tour plays: Play, or Pause while it does. */
function markPlaying(body: HTMLElement, state: AtlasState): void {
  for (const button of body.querySelectorAll<HTMLElement>('[data-action="tour-play"]')) {
    const label = state.tour.playing ? getMessages().pause : getMessages().storyPlay;
    if (button.textContent !== label) button.textContent = label;
    button.setAttribute('aria-pressed', String(state.tour.playing));
  }
}

/** Mounts the panel into `container`. Returns `dispose`. */
export function mountPanel(
  container: HTMLElement,
  store: Store,
  index: AtlasIndex,
  route: RouteGeometry,
  options: PanelOptions,
): () => void {
  const doc = container.ownerDocument;
  // The build prerenders the overview into the page: take that element over rather than add a second.
  const prerendered = container.querySelector<HTMLElement>(':scope > .panel-body');
  const body = prerendered ?? doc.createElement('div');
  body.className = 'panel-body';
  if (!prerendered) container.append(body);
  let lastSubject: string | null = null;
  let lastYear: number | null = null;
  // Long lists shown in full at the reader's request, until the subject changes.
  let expanded = new Set<string>();
  // How the reader last acted: some views take focus only after a key.
  let byKeyboard = false;
  const onAnyKey = () => {
    byKeyboard = true;
  };
  const onAnyPointer = () => {
    byKeyboard = false;
  };
  let lastThemes: AtlasState['themes'] | null = null;
  let live: LiveView | null = null;
  const host = {
    dispatch: store.dispatch,
    refresh: () => {
      // Like a first build: the reader did nothing, so nothing is announced and focus stays. The live
      // view goes first, or it would follow the subject in the layout that no longer fits.
      live?.dispose();
      live = null;
      lastSubject = null;
      render(store.getState());
    },
  };
  // Events outside a theme filter stay listed but dimmed, so a list never loses its place.
  const markThemes = (state: AtlasState) => {
    lastThemes = state.themes;
    // Without a filter nothing is dimmed: only items left dimmed need touching, not every item.
    const selector = state.themes.length === 0 ? 'li[data-event-id].is-dimmed' : 'li[data-event-id]';
    for (const item of body.querySelectorAll<HTMLElement>(selector)) {
      const event = index.eventById.get(item.dataset.eventId ?? '');
      item.classList.toggle('is-dimmed', event !== undefined && !matchesThemes(event, state.themes));
    }
  };

  const render = (state: AtlasState) => {
    const view = chooseView(state, index);
    const subject = `${view.name}|${view.subject(state)}`;
    markPlaying(body, state);
    if (subject === lastSubject && state.year === lastYear) {
      if (state.themes === lastThemes) return;
      // A new filter is read in place, quietly: the reader's focus stays (the filter announces itself).
      if (view.updateThemes) {
        const focus = rememberFocus(body);
        view.updateThemes(createViewContext(doc, index, route, state, expanded), body);
        restoreFocus(body, focus);
      }
      markThemes(state);
      return;
    }
    if (subject !== lastSubject) expanded = new Set();
    const ctx = createViewContext(doc, index, route, state, expanded);
    lastYear = state.year;
    // A live view (the scrolling story) follows a new subject in place: nothing is rebuilt.
    const followed =
      subject !== lastSubject && live && container.dataset.view === view.name ? live.follow(ctx) : null;
    if (followed) {
      lastSubject = subject;
      view.update?.(ctx, body);
      markThemes(state);
      if (followed.moved === 'navigated' && byKeyboard)
        body.querySelector<HTMLElement>('.is-current .panel-title')?.focus({ preventScroll: true });
      options.announce(followed.announcement);
      return;
    }
    if (subject === lastSubject) {
      // Only the year changed: follow it in place where the view can, else rebuild quietly. Either way a
      // keyboard reader keeps their place: focus must not fall to the page at every step of playback.
      const focus = rememberFocus(body);
      if (view.update) view.update(ctx, body);
      else {
        body.replaceChildren(...view.render(ctx).nodes);
        markGlossaryTerms(body);
      }
      markThemes(state);
      restoreFocus(body, focus);
      return;
    }
    const { nodes, announcement } = view.render(ctx);
    live?.dispose();
    live = null;
    body.replaceChildren(...nodes);
    // Each term is explained where this view first uses it.
    markGlossaryTerms(body);
    markPlaying(body, state);
    markThemes(state);
    container.dataset.view = view.name;
    // The first render leaves focus alone: a page that has just opened should not jump into the panel.
    const first = lastSubject === null;
    lastSubject = subject;
    if (!first) container.scrollTop = 0;
    live = view.live?.(ctx, body, container, host) ?? null;
    if (first) return;
    // Focus follows the change only when the reader is working in the panel; a click on the map or a
    // route button keeps its focus where it is.
    const active = doc.activeElement;
    const inPanel = active === null || active === doc.body || container.contains(active);
    // A keyboard-led view (the story) brings the reader to its heading from anywhere, by key only.
    const mayFocus = view.focusHeading === 'keyboard' ? byKeyboard : inPanel;
    const heading =
      body.querySelector<HTMLElement>('.is-current .panel-title') ?? body.querySelector('.panel-title');
    if (mayFocus) heading?.focus({ preventScroll: true });
    options.announce(announcement);
  };

  /** Shows a long list in full and puts focus on its first newly shown item, where the button was. */
  const showAll = (key: string) => {
    const state = store.getState();
    const view = chooseView(state, index);
    const list = body.querySelector(`[data-action="show-all"][data-value="${key}"]`)?.parentElement
      ?.previousElementSibling;
    const shown = list?.children.length ?? 0;
    expanded.add(key);
    body.replaceChildren(...view.render(createViewContext(doc, index, route, state, expanded)).nodes);
    markGlossaryTerms(body);
    markThemes(state);
    const lists = body.querySelectorAll('ul, ol');
    const again = [...lists].find((l) => l.getAttribute('aria-label') === list?.getAttribute('aria-label'));
    again?.children[shown]?.querySelector<HTMLElement>('button, a')?.focus();
  };

  const onClick = (event: MouseEvent) => {
    const button = (event.target as Element | null)?.closest<HTMLElement>('[data-action]');
    if (!button || !container.contains(button)) return;
    const value = button.dataset.value ?? '';
    const action = button.dataset.action ?? '';
    const kind = action.startsWith('select-') ? action.slice('select-'.length) : '';
    if (isSelectionKind(kind)) {
      // Selecting leaves any tour: the store's rule, not the panel's.
      store.dispatch({ type: 'select', selection: { kind, id: value }, fly: true });
      return;
    }
    // A tour's step buttons carry the action its spec names (`route-go`, `story-go`, …).
    const tour = findTourByAction(action);
    if (tour) {
      store.dispatch({ type: 'tour-go', tour, step: Number(value) });
      return;
    }
    switch (action) {
      case 'show-all':
        showAll(value);
        break;
      case 'select-place-detail':
        store.dispatch({ type: 'show-detail', open: true });
        break;
      case 'back':
        options.goBack();
        break;
      case 'close':
        // Overview: back to the region, wherever the map had gone.
        store.dispatch({ type: 'select', selection: null, fly: true });
        break;
      case 'route-leave':
      case 'tour-leave':
        store.dispatch({ type: 'tour-leave' });
        break;
      case 'tour-play': {
        const { tour: followed } = store.getState();
        if (followed.id !== null)
          store.dispatch({ type: 'tour-play', tour: followed.id, playing: !followed.playing });
        break;
      }
      case 'story-return':
        store.dispatch({ type: 'story-return' });
        break;
      case 'clear-themes':
        store.dispatch({ type: 'set-themes', themes: [] });
        break;
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const state = store.getState();
    if (state.selection === null && state.tour.id === null) return;
    event.preventDefault();
    store.dispatch({ type: 'dismiss' });
  };
  container.addEventListener('click', onClick);
  container.addEventListener('keydown', onKeyDown);
  doc.addEventListener('keydown', onAnyKey, true);
  doc.addEventListener('pointerdown', onAnyPointer, true);
  const unsubscribe = store.subscribe(render);
  render(store.getState());
  return () => {
    unsubscribe();
    live?.dispose();
    container.removeEventListener('click', onClick);
    container.removeEventListener('keydown', onKeyDown);
    doc.removeEventListener('keydown', onAnyKey, true);
    doc.removeEventListener('pointerdown', onAnyPointer, true);
    body.remove();
  };
}
