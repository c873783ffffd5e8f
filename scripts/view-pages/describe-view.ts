/**
 * What a view's page says: its title, a line above it, the description previews show, and the
 * blocks of its body, from the validated data. Text only; the page writer and the preview drawing
 * decide how it looks. The language is the current catalogue's (`getMessages()`, which the formatting
 * helpers read too) and the data's: pass an index of the dataset localized into that language.
 */
import { getMessages } from '../../src/i18n/locale.ts';
import type { AtlasIndex } from '../../src/model/indexes.ts';
import { getViewPagePath, listViewPlaceIds, type ViewRef } from '../../src/model/view-pages.ts';
import {
  describeDateBasis,
  describeProgrammeSpan,
  formatCountry,
  formatEventDate,
} from '../../src/ui/format.ts';

/** A link from one page to another view's page (site-relative path) or out (absolute URL). */
export interface PageLink {
  text: string;
  href: string;
  /** Shown before the link, as a date. */
  before?: string;
  /** Shown after the link. */
  after?: string;
}

export type PageBlock =
  | { type: 'paragraphs'; texts: string[] }
  | { type: 'links'; heading: string; links: PageLink[]; ordered?: boolean };

export interface ViewDescription {
  title: string;
  /** The kind of view and its date or span: "Place · Uzbekistan". */
  kicker: string;
  /** One or two sentences for link previews and search results. */
  description: string;
  blocks: PageBlock[];
  /** Places the preview marks, in the region or not. */
  placeIds: string[];
  /** The preview draws the route strongly. */
  route: boolean;
}

/** Longest description a preview shows in full. */
const DESCRIPTION_MAX = 200;

/** Shortens text at a word boundary, with an ellipsis when anything was cut. */
export function shortenText(text: string, max: number = DESCRIPTION_MAX): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

function eventLinks(index: AtlasIndex, ids: readonly string[]): PageLink[] {
  return ids.flatMap((id) => {
    const event = index.eventById.get(id);
    return event
      ? [
          {
            text: event.title,
            href: getViewPagePath({ kind: 'event', id }),
            before: formatEventDate(event.date),
          },
        ]
      : [];
  });
}

function placeLinks(index: AtlasIndex, ids: readonly string[]): PageLink[] {
  return ids.flatMap((id) => {
    const place = index.placeById.get(id);
    return place ? [{ text: place.name, href: getViewPagePath({ kind: 'place', id }) }] : [];
  });
}

function programmeLinks(index: AtlasIndex, ids: readonly string[]): PageLink[] {
  return ids.flatMap((id) => {
    const programme = index.programmeById.get(id);
    return programme
      ? [
          {
            text: `${programme.acronym} (${programme.name})`,
            href: getViewPagePath({ kind: 'programme', id }),
          },
        ]
      : [];
  });
}

function withoutEmpty(blocks: PageBlock[]): PageBlock[] {
  return blocks.filter((b) => (b.type === 'links' ? b.links.length > 0 : b.texts.length > 0));
}

/** The page's text for one view. Throws when `ref` names nothing in the data. */
export function describeView(index: AtlasIndex, ref: ViewRef): ViewDescription {
  const { dataset } = index;
  const m = getMessages();
  const placeIds = listViewPlaceIds(index, ref);
  switch (ref.kind) {
    case 'route': {
      const { route } = dataset;
      return {
        title: route.name,
        kicker: m.pageRouteKicker(route.stops.length),
        description: shortenText(route.summary),
        placeIds,
        route: true,
        blocks: withoutEmpty([
          { type: 'paragraphs', texts: [route.summary] },
          {
            type: 'links',
            heading: m.pageStops,
            ordered: true,
            links: route.stops.flatMap((stop) =>
              placeLinks(index, [stop.placeId]).map((link) => ({ ...link, after: ` — ${stop.narrative}` })),
            ),
          },
        ]),
      };
    }
    case 'chapter': {
      const position = dataset.story.findIndex((c) => c.id === ref.id);
      const chapter = dataset.story[position];
      if (!chapter) throw new Error(`no chapter "${ref.id}" in data/story.json`);
      const { from, to } = chapter.period;
      return {
        title: `${chapter.title}`,
        kicker: m.pageChapterKicker(
          position + 1,
          dataset.story.length,
          from === to ? `${from}` : `${from}–${to}`,
        ),
        description: shortenText(chapter.text.join(' ')),
        placeIds,
        route: chapter.route === true,
        blocks: withoutEmpty([
          { type: 'paragraphs', texts: chapter.text },
          { type: 'links', heading: m.pageEvents, links: eventLinks(index, chapter.eventIds) },
          { type: 'links', heading: m.places, links: placeLinks(index, chapter.placeIds) },
        ]),
      };
    }
    case 'place': {
      const place = index.placeById.get(ref.id);
      if (!place) throw new Error(`no place "${ref.id}" in geo/places.geojson`);
      const country = place.kind === 'country' ? (m.placeKinds.country ?? '') : formatCountry(place.country);
      return {
        title: place.name,
        kicker: m.pagePlaceKicker(country),
        description: shortenText(place.summary),
        placeIds,
        route: false,
        blocks: withoutEmpty([
          { type: 'paragraphs', texts: [place.summary] },
          {
            type: 'links',
            heading: m.pageEvents,
            links: eventLinks(
              index,
              (index.eventsByPlaceWithParts.get(place.id) ?? []).map((e) => e.id),
            ),
          },
          {
            type: 'links',
            heading: m.programmes,
            links: programmeLinks(
              index,
              (index.programmesByPlace.get(place.id) ?? []).map((p) => p.id),
            ),
          },
        ]),
      };
    }
    case 'event': {
      const event = index.eventById.get(ref.id);
      if (!event) throw new Error(`no event "${ref.id}" in data/events.json`);
      const date = formatEventDate(event.date);
      return {
        title: event.title,
        kicker: m.pageEventKicker(date),
        description: shortenText(event.summary),
        placeIds,
        route: false,
        blocks: withoutEmpty([
          { type: 'paragraphs', texts: [event.summary, `${date}: ${describeDateBasis(event.dateBasis)}.`] },
          { type: 'links', heading: m.places, links: placeLinks(index, event.placeIds) },
          { type: 'links', heading: m.programmes, links: programmeLinks(index, event.programmeIds) },
          {
            type: 'links',
            heading: m.sourceTerm(event.sources.length),
            links: event.sources.flatMap((s) =>
              s.url ? [{ text: s.section ? `${s.title} — ${s.section}` : s.title, href: s.url }] : [],
            ),
          },
        ]),
      };
    }
    case 'programme': {
      const programme = index.programmeById.get(ref.id);
      if (!programme) throw new Error(`no programme "${ref.id}" in data/programmes.json`);
      return {
        title: `${programme.acronym}: ${programme.name}`,
        kicker: m.pageProgrammeKicker(describeProgrammeSpan(programme)),
        description: shortenText(programme.summary),
        placeIds,
        route: false,
        blocks: withoutEmpty([
          { type: 'paragraphs', texts: [programme.summary] },
          {
            type: 'links',
            heading: m.pageEvents,
            links: eventLinks(
              index,
              (index.eventsByProgramme.get(programme.id) ?? []).map((e) => e.id),
            ),
          },
          { type: 'links', heading: m.places, links: placeLinks(index, placeIds) },
        ]),
      };
    }
  }
}
