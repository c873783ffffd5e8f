/**
 * The language links in the header lead to the same view in the other language: the view is the
 * link's hash, so each link carries the current hash along. Without script they open the other
 * language's start.
 */

/** Keeps the links in `nav` pointing at the current hash. Returns `dispose`. */
export function mountLanguageSwitch(nav: HTMLElement): () => void {
  const win = nav.ownerDocument.defaultView ?? window;
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[data-language]')];
  const bases = links.map((link) => (link.getAttribute('href') ?? '').split('#')[0] ?? '');
  const update = () => {
    const { hash } = win.location;
    for (const [i, link] of links.entries()) link.setAttribute('href', `${bases[i]}${hash}`);
  };
  // The store writes the hash with replaceState as often as with pushState: no event tells of it.
  const onPointer = () => update();
  win.addEventListener('hashchange', update);
  nav.addEventListener('pointerdown', onPointer);
  nav.addEventListener('focusin', onPointer);
  update();
  return () => {
    win.removeEventListener('hashchange', update);
    nav.removeEventListener('pointerdown', onPointer);
    nav.removeEventListener('focusin', onPointer);
    for (const [i, link] of links.entries()) link.setAttribute('href', bases[i] ?? '');
  };
}
