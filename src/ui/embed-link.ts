/**
 * The embed layout's way out: "Open in Partnership Atlas" opens the current view's page (with the
 * view in its hash) in a new tab, kept up to date as the reader moves through the embedded atlas.
 */
import type { AtlasIndex } from '../model/indexes.ts';
import type { Store } from '../state/store.ts';
import { describeShareTarget } from './share-link.ts';

/** Shows `link` and keeps its address on the current view. Returns `dispose`. */
export function mountEmbedLink(
  link: HTMLAnchorElement,
  store: Store,
  index: AtlasIndex,
  siteRoot: string,
): () => void {
  const render = () => {
    link.href = describeShareTarget(index, store.getState(), siteRoot).url;
  };
  link.target = '_blank';
  link.rel = 'noopener';
  link.hidden = false;
  render();
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    link.hidden = true;
  };
}
