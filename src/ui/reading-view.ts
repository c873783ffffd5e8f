/**
 * Takes over the prerendered reading document: opens it over the map from the page header, closes it
 * (button, Escape), prints it, and turns its place, event and programme links into selections on the
 * map. It never renders the document again, so nothing is read twice.
 */
import type { Store } from '../state/store.ts';
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
  opener.addEventListener('click', onOpenerClick);
  root.addEventListener('click', onRootClick);
  root.addEventListener('keydown', onKeyDown);
  return () => {
    opener.removeEventListener('click', onOpenerClick);
    root.removeEventListener('click', onRootClick);
    root.removeEventListener('keydown', onKeyDown);
    setOpen(false, false);
    root.classList.remove('is-mounted');
  };
}
