/**
 * The theme filter: the "Themes" disclosure in the top bar (its markup is in index.html) opens a
 * fieldset of checkboxes, one per theme with its number of events, and "Show all". Several themes may
 * be on; each change is a `set-themes` intent and is announced. The button says how many are on.
 */

import { getThemeName } from '../i18n/content.ts';
import { getMessages } from '../i18n/locale.ts';
import { formatList } from '../i18n/plural.ts';
import type { AtlasIndex } from '../model/indexes.ts';
import { matchesThemes, THEMES } from '../model/themes.ts';
import type { AtlasState, Store } from '../state/store.ts';
import { onViewChange } from '../state/view-change.ts';
import { createElement as el } from './dom.ts';

/** What the filter shows, in words: "Showing 12 of 43 events: Civil emergency planning". */
export function describeThemeFilter(index: AtlasIndex, themes: AtlasState['themes']): string {
  const m = getMessages();
  const total = index.eventsByDate.length;
  if (themes.length === 0) return m.themesAll(total);
  const shown = index.eventsByDate.filter((event) => matchesThemes(event, themes)).length;
  return m.themesSome(shown, total, formatList(m.intl, themes.map(getThemeName)));
}

/** Wires the filter in `container` (button, then its panel). Returns `dispose`. */
export function mountThemeFilter(
  container: HTMLElement,
  store: Store,
  index: AtlasIndex,
  announce: (text: string) => void,
): () => void {
  const [toggle, panel] = container.children as unknown as [HTMLButtonElement, HTMLElement];
  const fieldset = panel.querySelector('fieldset') as HTMLFieldSetElement;
  const summary = panel.querySelector('p') as HTMLElement;
  const clear = panel.querySelector('button') as HTMLButtonElement;
  const boxes = THEMES.map(({ id }) => {
    const label = getThemeName(id);
    const count = index.eventsByDate.filter((event) => event.themes.includes(id)).length;
    const box = el('input', { type: 'checkbox', value: id });
    fieldset.append(
      el('label', { className: 'theme-option' }, box, ` ${label} `, el('span', {}, `(${count})`)),
    );
    return box;
  });

  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  };
  const render = (state: AtlasState) => {
    const on = state.themes.length;
    toggle.textContent = on ? getMessages().themesOn(on) : getMessages().themes;
    toggle.classList.toggle('is-filtering', on > 0);
    for (const box of boxes) box.checked = (state.themes as readonly string[]).includes(box.value);
    clear.disabled = !on;
    summary.textContent = describeThemeFilter(index, state.themes);
  };

  const onToggle = () => setOpen(panel.hidden !== false);
  const onChange = () =>
    store.dispatch({
      type: 'set-themes',
      themes: boxes.filter((box) => box.checked).map((box) => box.value),
    });
  const onClear = () => {
    store.dispatch({ type: 'set-themes', themes: [] });
    boxes[0]?.focus();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || panel.hidden) return;
    // Closing comes before the page's own Escape (leave the tour, clear the selection).
    event.stopPropagation();
    setOpen(false);
    toggle.focus();
  };
  const onOutside = (event: Event) => {
    if (!container.contains(event.target as Node)) setOpen(false);
  };
  const listeners: [EventTarget, string, EventListener][] = [
    [toggle, 'click', onToggle],
    [fieldset, 'change', onChange],
    [clear, 'click', onClear],
    [container, 'keydown', onKey as EventListener],
    [container.ownerDocument, 'pointerdown', onOutside],
  ];
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.themes === previous.themes) return;
    render(state);
    announce(summary.textContent ?? '');
  });
  const stopWatching = onViewChange(store, () => setOpen(false));
  render(store.getState());
  return () => {
    stopWatching();
    unsubscribe();
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
    setOpen(false);
    fieldset.replaceChildren(fieldset.firstElementChild as Element);
  };
}
