/**
 * What the Share control gives for the current view: the link (the view's own page when it has one,
 * so a preview shows its title and picture, with the whole view in the hash), a title, and an
 * `<iframe>` snippet that embeds the view, in the page's language (the catalogue's). State and
 * addresses in, text out.
 */
import { getMessages } from '../i18n/locale.ts';
import type { AtlasIndex } from '../model/indexes.ts';
import { getViewPagePath, type ViewRef } from '../model/view-pages.ts';
import { toRestorable } from '../state/link-fields.ts';
import type { AtlasState } from '../state/store.ts';
import { serializeHash } from '../state/url-hash.ts';

/** What sharing the current view gives. */
export interface ShareTarget {
  /** The view's page (or the atlas) with the view's link in the hash. */
  url: string;
  /** The view's name, for the share sheet and the iframe's `title`. */
  title: string;
  /** The embedded atlas's address: the atlas with `?embed` and the view's link. */
  embedUrl: string;
  /** HTML to paste into an article. */
  embedCode: string;
}

/** The view that has a page of its own, if the state shows one: a chapter, the route, or a selection. */
export function findViewRef(state: AtlasState): ViewRef | null {
  if (state.tour.id === 'story' && state.tour.stepId) return { kind: 'chapter', id: state.tour.stepId };
  if (state.tour.id === 'route') return { kind: 'route' };
  if (state.selection) return { kind: state.selection.kind, id: state.selection.id };
  return null;
}

/**
 * The view's name as a reader knows it, in the page's language: `index` holds the page's translated
 * data, and the atlas's name is the catalogue's.
 */
export function describeViewTitle(index: AtlasIndex, ref: ViewRef | null): string {
  const { brand, tagline } = getMessages();
  if (!ref) return `${brand} — ${tagline}`;
  const name = (() => {
    switch (ref.kind) {
      case 'route':
        return index.dataset.route.name;
      case 'chapter':
        return index.dataset.story.find((c) => c.id === ref.id)?.title;
      case 'place':
        return index.placeById.get(ref.id)?.name;
      case 'event':
        return index.eventById.get(ref.id)?.title;
      case 'programme': {
        const programme = index.programmeById.get(ref.id);
        return programme && `${programme.acronym}: ${programme.name}`;
      }
    }
  })();
  return name ? `${name} — ${brand}` : brand;
}

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The snippet: full width up to 1000 px, 16:10, never below 480 px high (so below 768 px of width it
 * grows taller than 16:10: in a 420 px article column 300 px left a 120 px strip of map beside a card
 * showing only its title); lazy; no border.
 */
export function buildEmbedCode(embedUrl: string, title: string): string {
  return (
    `<iframe src="${escapeAttribute(embedUrl)}" title="${escapeAttribute(title)}" width="1000" height="625" ` +
    'style="width:100%;max-width:1000px;height:auto;aspect-ratio:16/10;min-height:480px;border:0" ' +
    'loading="lazy" referrerpolicy="no-referrer"></iframe>'
  );
}

/**
 * What to share for `state`. `siteRoot` is the atlas's address without query or hash (its folder,
 * ending in `/`).
 */
export function describeShareTarget(
  index: AtlasIndex,
  state: AtlasState,
  siteRoot: string,
  defaultYear: number = index.yearRange.max,
): ShareTarget {
  const ref = findViewRef(state);
  const restorable = toRestorable(state);
  const fragment = (hash: string) => (hash === '#' ? '' : hash);
  const url = `${new URL(ref ? getViewPagePath(ref) : '', siteRoot).href}${fragment(serializeHash(restorable, defaultYear))}`;
  // The frame is another size than the reader's window: the view frames itself there, without the camera.
  const framed = serializeHash({ ...restorable, camera: null }, defaultYear);
  const embedUrl = `${new URL('?embed', siteRoot).href}${fragment(framed)}`;
  const title = describeViewTitle(index, ref);
  return { url, title, embedUrl, embedCode: buildEmbedCode(embedUrl, title) };
}
