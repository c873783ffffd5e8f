/**
 * Takes over the prerendered reading document: opens it over the map from the page header, closes it
 * (button, Escape), prints it, and turns its place, event and programme links into selections on the
 * map. It never renders the document again, so nothing is read twice. With a theme on, the chronology
 * follows the filter (on screen and in print): only the events it keeps, with a line saying so and a
 * button back to every event.
 */
import { getThemeName } from '../i18n/content.ts';
import { getMessages } from '../i18n/locale.ts';
import { formatList } from '../i18n/plural.ts';
import { matchesThemes } from '../model/themes.ts';
import type { AtlasState, Store } from '../state/store.ts';
import { parseHash } from '../state/url-hash.ts';

export interface ReadingViewElements {
  /** The prerendered `#reading` section. */
  root: HTMLElement;
  /** The header link that opens it (`href="#reading"`, so it works with no script too). */
  opener: HTMLAnchorElement;
  /** What the open document covers; made inert while it is open. */
  covered: HTMLElement;
}

/** Wires the reading document. Returns `dispose`. */
export function mountReadingView(
  { root, opener, covered }: ReadingViewElements,
  store: Store,
  print: () => void = () => window.print(),
): () => void {
  const win = root.ownerDocument.defaultView ?? window;
  const setOpen = (open: boolean, focus: boolean) => {
    root.classList.toggle('is-open', open);
    opener.setAttribute('aria-expanded', String(open));
    covered.inert = open;
    if (!focus) return;
    if (open) root.focus();
    else opener.focus();
  };
  // From now on the script, not the `#reading` target, decides whether the section shows.
  root.classList.add('is-mounted');
  opener.setAttribute('aria-controls', root.id);
  setOpen(win.location.hash === `#${root.id}`, false);

  const onOpenerClick = (event: MouseEvent) => {
    event.preventDefault();
    setOpen(true, true);
  };
  const onRootClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    const action = target?.closest<HTMLElement>('[data-reading]')?.dataset.reading;
    if (action === 'close') return setOpen(false, true);
    if (action === 'print') return print();
    const href = target?.closest<HTMLAnchorElement>('a[href^="#"]')?.getAttribute('href');
    if (!href) return;
    // The address bar holds the atlas's state: moving within the document must not rewrite it.
    event.preventDefault();
    const selection = parseHash(href).selection;
    if (selection) {
      // A place, event or programme link shows it on the map.
      setOpen(false, false);
      store.dispatch({ type: 'select', selection });
      return;
    }
    const section = root.ownerDocument.getElementById(href.slice(1));
    if (section && root.contains(section)) section.scrollIntoView?.({ block: 'start' });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !root.classList.contains('is-open')) return;
    event.stopPropagation();
    setOpen(false, true);
  };
  // The chronology follows the theme filter: a line under its lead says what is shown.
  const doc = root.ownerDocument;
  const notice = doc.createElement('p');
  notice.className = 'reading-filter';
  notice.hidden = true;
  const noticeText = doc.createElement('span');
  const showAll = doc.createElement('button');
  showAll.type = 'button';
  showAll.className = 'link-button';
  showAll.addEventListener('click', () => store.dispatch({ type: 'set-themes', themes: [] }));
  notice.append(noticeText, ' ', showAll);
  const chronology = root.querySelector('.chron-year')?.parentElement;
  chronology?.querySelector('.chron-year')?.before(notice);
  const events = [...root.querySelectorAll<HTMLElement>('.chron-event')];
  const applyThemes = (themes: AtlasState['themes']) => {
    let shown = 0;
    for (const item of events) {
      item.hidden = !matchesThemes({ themes: (item.dataset.themes ?? '').split(' ') }, themes);
      if (!item.hidden) shown += 1;
    }
    for (const year of root.querySelectorAll<HTMLElement>('.chron-year'))
      year.hidden = themes.length > 0 && !year.querySelector('.chron-event:not([hidden])');
    notice.hidden = themes.length === 0;
    if (themes.length === 0) return;
    const m = getMessages();
    noticeText.textContent = m.themesSome(shown, events.length, formatList(m.intl, themes.map(getThemeName)));
    showAll.textContent = m.themesShowAll;
  };
  applyThemes(store.getState().themes);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.themes !== previous.themes) applyThemes(state.themes);
  });
  opener.addEventListener('click', onOpenerClick);
  root.addEventListener('click', onRootClick);
  root.addEventListener('keydown', onKeyDown);
  return () => {
    unsubscribe();
    applyThemes([]);
    notice.remove();
    opener.removeEventListener('click', onOpenerClick);
    root.removeEventListener('click', onRootClick);
    root.removeEventListener('keydown', onKeyDown);
    setOpen(false, false);
    root.classList.remove('is-mounted');
  };
}
