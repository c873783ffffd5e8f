/**
 * The atlas's shareable views as pages of their own: one for every place, event, programme and story
 * chapter, and one for the transit route. Each has a path (`place/termez/`) that a link preview can
 * read, and the atlas link (`place=termez`) its script opens. Pure: the build writes the pages from
 * this list and the share control finds the current view's page in it.
 */
import type { AtlasIndex } from './indexes.ts';

/** Kinds of view that have a page, in the order the sitemap lists them. */
export const VIEW_PAGE_KINDS = ['route', 'chapter', 'place', 'event', 'programme'] as const;

export type ViewPageKind = (typeof VIEW_PAGE_KINDS)[number];

/** Which view a page stands for; the route has one page, so no id. */
export type ViewRef = { kind: 'route' } | { kind: Exclude<ViewPageKind, 'route'>; id: string };

/** A view's page, as the build writes it and the share control links to it. */
export interface ViewPage {
  ref: ViewRef;
  /** Site-relative directory of the page, ending in `/`: `place/termez/`. */
  path: string;
  /** The atlas link the page opens, without `#`: `place=termez`. */
  hash: string;
}

const FOLDER: Record<ViewPageKind, string> = {
  route: 'route',
  chapter: 'story',
  place: 'place',
  event: 'event',
  programme: 'programme',
};

/** The page's directory for a view: `place/termez/`, `story/first-steps/`, `route/`. */
export function getViewPagePath(ref: ViewRef): string {
  return ref.kind === 'route' ? `${FOLDER.route}/` : `${FOLDER[ref.kind]}/${ref.id}/`;
}

/** The atlas link that opens a view: the route from its first stop, a chapter by its id. */
export function getViewHash(ref: ViewRef): string {
  if (ref.kind === 'route') return 'stop=1';
  const key = ref.kind === 'chapter' ? 'chapter' : ref.kind;
  return `${key}=${encodeURIComponent(ref.id)}`;
}

/** Every view with a page, for the dataset in `index`. */
export function listViewPages(index: AtlasIndex): ViewPage[] {
  const { dataset } = index;
  const refs: ViewRef[] = [
    { kind: 'route' },
    ...dataset.story.map((c) => ({ kind: 'chapter' as const, id: c.id })),
    ...dataset.places.map((p) => ({ kind: 'place' as const, id: p.id })),
    ...dataset.events.map((e) => ({ kind: 'event' as const, id: e.id })),
    ...dataset.programmes.map((p) => ({ kind: 'programme' as const, id: p.id })),
  ];
  return refs.map((ref) => ({ ref, path: getViewPagePath(ref), hash: getViewHash(ref) }));
}

/** The places a view is about, for its preview and its page. */
export function listViewPlaceIds(index: AtlasIndex, ref: ViewRef): string[] {
  const { dataset } = index;
  switch (ref.kind) {
    case 'route':
      return dataset.route.stops.map((s) => s.placeId);
    case 'chapter':
      return dataset.story.find((c) => c.id === ref.id)?.placeIds ?? [];
    case 'place':
      return [ref.id];
    case 'event':
      return index.eventById.get(ref.id)?.placeIds ?? [];
    case 'programme':
      return (index.placesByProgramme.get(ref.id) ?? []).map((p) => p.id);
  }
}
