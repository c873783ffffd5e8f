/**
 * The theme filter: a "Themes" disclosure in the top bar opening a fieldset of checkboxes, one per
 * theme with its number of events, and "Show all". Several themes may be on; each change is a
 * `set-themes` intent and is announced. The button names how many themes are on while it is closed.
 */
import type { AtlasIndex } from '../model/indexes.ts';
import { getThemeLabel, matchesThemes, THEMES } from '../model/themes.ts';
import type { AtlasState, Store } from '../state/store.ts';
import { createElement as el } from './dom.ts';

/** What the filter shows, in words: "Showing 12 of 43 events: Civil emergency planning". */
export function describeThemeFilter(index: AtlasIndex, themes: AtlasState['themes']): string {
  const total = index.eventsByDate.length;
  if (themes.length === 0) return `Showing all ${total} events`;
  const shown = index.eventsByDate.filter((event) => matchesThemes(event, themes)).length;
  return `Showing ${shown} of ${total} events: ${themes.map(getThemeLabel).join(', ')}`;
}

/** Mounts the filter into `container` (the button and its panel go inside). Returns `dispose`. */
export function mountThemeFilter(
  container: HTMLElement,
  store: Store,
  index: AtlasIndex,
  announce: (text: string) => void,
): () => void {
  const doc = container.ownerDocument;
  const toggle = el('button', {
    type: 'button',
    id: 'themes-toggle',
    className: 'follow-button themes-toggle',
    'aria-expanded': 'false',
    'aria-controls': 'themes-panel',
  });
  const boxes = THEMES.map(({ id, label }) => {
    const count = index.eventsByDate.filter((event) => event.themes.includes(id)).length;
    const box = el('input', { type: 'checkbox', value: id, className: 'theme-box' });
    const row = el(
      'label',
      { className: 'theme-option' },
      box,
      ` ${label} `,
      el('span', { className: 'theme-count' }, `(${count})`),
    );
    return { box, row };
  });
  const clear = el('button', { type: 'button', className: 'nav-button theme-clear' }, 'Show all');
  const summary = el('p', { className: 'theme-summary' });
  const panel = el(
    'div',
    { id: 'themes-panel', className: 'themes-panel', hidden: true },
    el('fieldset', {}, el('legend', {}, 'Show events of these themes'), ...boxes.map((b) => b.row)),
    summary,
    clear,
  );
  container.append(toggle, panel);

  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  };
  const render = (state: AtlasState) => {
    const on = state.themes.length;
    toggle.textContent = on === 0 ? 'Themes' : `Themes (${on})`;
    toggle.classList.toggle('is-filtering', on > 0);
    for (const { box } of boxes) box.checked = (state.themes as readonly string[]).includes(box.value);
    clear.disabled = on === 0;
    summary.textContent = describeThemeFilter(index, state.themes);
  };

  const onToggle = () => setOpen(panel.hidden !== false);
  const onChange = () => {
    const themes = boxes.filter(({ box }) => box.checked).map(({ box }) => box.value);
    store.dispatch({ type: 'set-themes', themes });
  };
  const onClear = () => {
    store.dispatch({ type: 'set-themes', themes: [] });
    boxes[0]?.box.focus();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || panel.hidden) return;
    // Closing comes before the page's own Escape (leave the tour, clear the selection).
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    toggle.focus();
  };
  const onOutside = (event: Event) => {
    if (!panel.hidden && !container.contains(event.target as Node)) setOpen(false);
  };
  const listeners: [EventTarget, string, EventListener][] = [
    [toggle, 'click', onToggle],
    [panel, 'change', onChange],
    [clear, 'click', onClear],
    [container, 'keydown', onKey as EventListener],
    [doc, 'pointerdown', onOutside],
  ];
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.themes === previous.themes) return;
    render(state);
    announce(summary.textContent ?? '');
  });
  render(store.getState());
  return () => {
    unsubscribe();
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
    toggle.remove();
    panel.remove();
  };
}
