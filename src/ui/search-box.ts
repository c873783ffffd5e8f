/**
 * The search box in the top bar, a combobox after the WAI-ARIA pattern: typing lists places, events
 * and programmes in labelled groups, arrows move through them, Enter or a click opens one (a
 * `select` intent, which flies the map there), Escape closes the list and then clears the box. `/`
 * anywhere outside a text field focuses it.
 */
import { getMessages } from '../i18n/locale.ts';
import { SELECTION_KINDS, type SelectionKind } from '../model/kinds.ts';
import { type SearchHit, type SearchIndex, searchDocuments } from '../model/search-index.ts';
import type { Store } from '../state/store.ts';
import { createElement as el } from './dom.ts';

/** Groups in the order the list shows them (the kinds' order), with their headings in the page's language. */
const listGroups = (): readonly [SelectionKind, string][] => {
  const m = getMessages();
  return SELECTION_KINDS.map((kind) => [kind, m.searchGroups[kind]]);
};
/** More than this many per group would push the rest out of sight; the best come first. */
const PER_GROUP = 6;
/** Where the page takes its phone layout (src/styles.css). */
const NARROW_QUERY = '(max-width: 720px)';

export interface SearchBoxParts {
  input: HTMLInputElement;
  listbox: HTMLElement;
  /** Says that nothing matched, where the list would be. */
  empty: HTMLElement;
  /** Takes focus after a choice, so the reader lands in what was opened. */
  landing: HTMLElement;
}

/** Wires the search box. Returns `dispose`. */
export function mountSearchBox(
  parts: SearchBoxParts,
  store: Store,
  index: SearchIndex,
  announce: (text: string) => void,
): () => void {
  const { input, listbox, empty, landing } = parts;
  const doc = input.ownerDocument;
  let options: HTMLElement[] = [];
  let active = -1;

  const setActive = (next: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = next;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    setActive(-1);
    listbox.hidden = true;
    empty.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const show = (hits: readonly SearchHit[], query: string) => {
    options = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    const groups = listGroups().flatMap(([kind, heading]) => {
      const found = hits.filter((hit) => hit.kind === kind).slice(0, PER_GROUP);
      if (found.length === 0) return [];
      const items = found.map((hit) => {
        const option = el(
          'div',
          {
            role: 'option',
            id: `search-option-${options.length}`,
            className: 'search-option',
            'aria-selected': 'false',
            'data-kind': hit.kind,
            'data-id': hit.id,
          },
          hit.label,
        );
        options.push(option);
        return option;
      });
      return [
        el(
          'div',
          { role: 'group', className: 'search-group', 'aria-label': heading },
          el('div', { className: 'search-group-label', 'aria-hidden': 'true' }, heading),
          ...items,
        ),
      ];
    });
    listbox.replaceChildren(...groups);
    // The best match leads whatever its group: Enter opens it, not the first group's first result.
    const best = hits[0];
    const bestOption = best
      ? options.findIndex((o) => o.dataset.kind === best.kind && o.dataset.id === best.id)
      : -1;
    if (bestOption >= 0) setActive(bestOption);
    listbox.hidden = options.length === 0;
    empty.hidden = options.length > 0;
    empty.textContent = getMessages().searchNoMatch(query.trim());
    input.setAttribute('aria-expanded', String(options.length > 0));
    announce(options.length === 0 ? empty.textContent : getMessages().searchCount(options.length));
  };
  const update = () => {
    const query = input.value;
    if (query.trim() === '') close();
    else show(searchDocuments(index, query), query);
  };
  const choose = (option: HTMLElement | undefined) => {
    const kind = option?.dataset.kind as SelectionKind | undefined;
    const id = option?.dataset.id;
    if (!kind || !id) return;
    close();
    input.value = '';
    store.dispatch({ type: 'select', selection: { kind, id }, fly: true });
    (landing.querySelector<HTMLElement>('.panel-title') ?? landing).focus({ preventScroll: true });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const open = !listbox.hidden;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!open) update();
        if (options.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive(
          active === -1 && step === -1
            ? options.length - 1
            : (active + step + options.length) % options.length,
        );
        return;
      }
      case 'Enter':
        if (!open) return;
        event.preventDefault();
        choose(options[Math.max(active, 0)]);
        return;
      case 'Escape':
        // Handled here, so the page's own Escape (leave the tour, clear the selection) waits its turn.
        if (open || !empty.hidden) close();
        else if (input.value !== '') input.value = '';
        else return;
        event.preventDefault();
        event.stopPropagation();
        return;
    }
  };
  // The list is pressed, not focused: the box keeps focus, so typing goes on while the list is open.
  const onListDown = (event: MouseEvent) => event.preventDefault();
  const onListClick = (event: MouseEvent) =>
    choose((event.target as Element | null)?.closest<HTMLElement>('[role="option"]') ?? undefined);
  const onBlur = () => close();
  const onSlash = (event: KeyboardEvent) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    // A slash typed into a text field is text.
    if ((event.target as Element).closest?.('input, select, textarea, [contenteditable="true"]')) return;
    event.preventDefault();
    input.focus();
    input.select();
  };
  const listeners: [EventTarget, string, EventListener][] = [
    [input, 'input', update],
    [input, 'keydown', onKeyDown as EventListener],
    [input, 'blur', onBlur],
    [listbox, 'mousedown', onListDown as EventListener],
    [listbox, 'click', onListClick as EventListener],
    [doc, 'keydown', onSlash as EventListener],
  ];
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
  // A narrow box (a phone, where the row also holds Themes, Share and Key) cuts the long placeholder.
  const narrow = doc.defaultView?.matchMedia?.(NARROW_QUERY);
  const setPlaceholder = () => {
    const m = getMessages();
    input.placeholder = narrow?.matches ? m.searchPlaceholderShort : m.searchPlaceholder;
  };
  setPlaceholder();
  narrow?.addEventListener('change', setPlaceholder);
  close();
  return () => {
    for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
    narrow?.removeEventListener('change', setPlaceholder);
    close();
    listbox.replaceChildren();
  };
}
