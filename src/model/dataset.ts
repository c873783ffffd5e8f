/**
 * The dataset as the page reads it: every record's shape, declared here in page code. The build's
 * schemas (`src/build/schema.ts`, zod) validate the data files against these very shapes and fail to
 * compile if a schema and its type here ever differ, so the page never needs zod to know its types.
 */
import type { ThemeId } from './themes.ts';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/**
 * A copy of a source in the web archive: `https://web.archive.org/web/<timestamp>/<the source's url>`.
 * The archive answers a timestamp with its nearest capture, so a copy whose capture time nobody has
 * checked is labelled "nearest archived copy"; only a checked `captured` time earns "archived copy".
 */
export const ARCHIVE_LABELS = ['nearest archived copy', 'archived copy'] as const;
export type ArchiveLabel = (typeof ARCHIVE_LABELS)[number];

export interface ArchiveCopy {
  url: string;
  label: ArchiveLabel;
  /** The capture's own time (UTC, `YYYY-MM-DDThh:mm:ssZ`), when someone has checked it. */
  captured?: string;
}

/** One outside source in the register (`data/sources.json`), written once. */
export interface SourceEntry {
  id: string;
  title: string;
  publisher: string;
  /** The page's own date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), when it gives one. */
  date?: string;
  /** The language the page is written in (BCP 47: `en`, `ru`, `de`…); the register rules require it. */
  language?: string;
  url: string;
  archive?: ArchiveCopy;
  /** What a reader should know about the source itself (an edition, a version). */
  note?: string;
}

/** What a cited passage states about dates, so the rules can hold the data to it. */
export interface StatedDates {
  /** A single date the passage gives (the day something happened). */
  date?: PartialDate;
  start?: PartialDate;
  end?: PartialDate;
  /** The date stated is when the thing opened (a line, a bridge): only such a date backs "opened in …". */
  opening?: boolean;
}

/**
 * A citation: a source of the register by id, with the section (the NATO page's) or the passage (its
 * words, found by the link's text fragment) relied on, and what that passage states about dates.
 */
export interface Citation {
  source: string;
  section?: string;
  passage?: string;
  states?: StatedDates;
}

/** A citation with its register entry filled in: what the page, the exports and the checks read. */
export interface Source {
  /** The register id. */
  id: string;
  title: string;
  url: string;
  /** The publisher, shown beside the title. */
  site: string;
  date?: string;
  language?: string;
  section?: string;
  passage?: string;
  states?: StatedDates;
  archiveUrl?: string;
  archiveLabel?: ArchiveLabel;
  archiveCaptured?: string;
  note?: string;
}

/** What a source list can show: a register source, or a plain credit with a title only. */
export type SourceLike = Pick<Source, 'title'> & Partial<Source>;

/** Longitude, latitude — RFC 7946 order, WGS 84. */
export type LonLat = [number, number];

export const PLACE_KINDS = [
  'country',
  'region',
  'city',
  'bridge',
  'airfield',
  'institution',
  'site',
  'headquarters',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/**
 * Why a place is on the map without an event of its own: a stop of the transit route, or a place that
 * gives the story context. Anything else without an event is an orphan.
 */
export const EVENTLESS_REASONS = ['route-stop', 'context'] as const;
export type EventlessReason = (typeof EVENTLESS_REASONS)[number];

/** A place's properties, as its GeoJSON feature carries them (citations resolved into sources). */
export interface PlaceProperties<S = Source> {
  id: string;
  name: string;
  localName?: string;
  /** `country` is the country itself: its point is where its label goes, its outline is the country's shape. */
  kind: PlaceKind;
  /** ISO 3166-1 alpha-3. */
  country: string;
  /** The place this one lies in (an airfield in its city); never a country place, which `country` names. */
  partOf?: string;
  eventless?: EventlessReason;
  summary: string;
  /** What the summary relies on besides the events at the place (where the point is, what is there). */
  sources?: S[];
}

/** A place, flattened from its GeoJSON feature. */
export interface Place extends PlaceProperties {
  coordinates: LonLat;
  /** A country place's extent, [west, south, east, north], measured from its outline at build. */
  extent?: [number, number, number, number];
}

/**
 * A date as precisely as it is known: a year, optionally month and day; a range when only bounds are
 * known; `approximate` when even those are soft.
 */
export interface EventDate extends PartialDate {
  end?: PartialDate;
  approximate?: boolean;
}

/**
 * `seed`: the page dates it; `external`: another source does; `ordinal`: its place in the page's list of
 * milestones bounds it; `bounds`: nothing dates it, so it spans the years the page leaves open.
 */
export const DATE_BASES = ['seed', 'external', 'ordinal', 'bounds'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

/** How one part of a date is known, when it is not known the way the event's `dateBasis` says. */
export interface DatePartBases {
  month?: DateBasis;
  day?: DateBasis;
  /** The end of a range. */
  end?: DateBasis;
}

/** An event as the atlas reads it: its citations (`S`) resolved against the register. */
export interface AtlasEvent<S = Source> {
  id: string;
  title: string;
  /** The label a milestone carries on the timeline; every milestone has one. */
  shortTitle?: string;
  date: EventDate;
  /** How the year (and every part `partBases` does not name) is known. */
  dateBasis: DateBasis;
  /** Parts of the date known another way than the year: a day from a news report beside the page's year. */
  partBases?: DatePartBases;
  dateNote?: string;
  summary: string;
  placeIds: string[];
  programmeIds: string[];
  milestone: boolean;
  seedOrder?: number;
  sources: S[];
  /** Set when what the event takes from outside the page rests on one outside source only. */
  singleSource?: boolean;
  /** The page's sections (themes) the event belongs to. */
  themes: ThemeId[];
}

/** A programme as the atlas reads it: its citations (`S`) resolved against the register. */
export interface Programme<S = Source> {
  id: string;
  acronym: string;
  name: string;
  summary: string;
  /** First year the atlas shows the programme; a firm start only unless `sinceUncertain`. */
  since: number;
  /** Set when no source gives the start year firmly: `since` is then only where the atlas starts it. */
  sinceUncertain?: boolean;
  until?: number;
  /** Set when the end is unknown although the programme is no longer the current one. */
  untilUncertain?: boolean;
  /** The operation the programme served, when the data knows its end: the programme cannot run past it. */
  operation?: { name: string; end: PartialDate };
  /** How the years are known, when they are not simply the page's. */
  dateNote?: string;
  parentId: string | null;
  /** Years the programme stood still, as the sources tell it (e.g. PARP after Andijan, 2005–2010). */
  pauses?: { from: number; to: number; label: string }[];
  sources: S[];
}

export const ROUTE_MODES = ['rail', 'road', 'bridge'] as const;
export type RouteMode = (typeof ROUTE_MODES)[number];

/** A leg's properties, as its GeoJSON feature carries them. */
export interface RouteLegProperties {
  id: string;
  mode: RouteMode;
  from: string;
  to: string;
  /** First year the leg carried the story's transit; absent means from the start. */
  since?: number;
}

/** One leg of the transit route, flattened from its GeoJSON feature. */
export interface RouteLeg extends RouteLegProperties {
  coordinates: LonLat[];
}

export interface RouteStop<S = Source> {
  placeId: string;
  narrative: string;
  eventIds: string[];
  /** What the narrative relies on besides its events. */
  sources?: S[];
}

export interface RouteFile<S = Source> {
  id: string;
  name: string;
  summary: string;
  stops: RouteStop<S>[];
  /** What the summary relies on besides the stops' events. */
  sources?: S[];
}

export interface RiversFile {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    geometry:
      | { type: 'LineString'; coordinates: LonLat[] }
      | { type: 'MultiLineString'; coordinates: LonLat[][] };
    properties: { id: string; name: string };
  }[];
}

/** One chapter of the guided story: its text, what it is about and where the map looks. */
export interface Chapter<S = Source> {
  id: string;
  title: string;
  /** A year span, both ends included. */
  period: { from: number; to: number };
  text: string[];
  eventIds: string[];
  placeIds: string[];
  camera: { fit: string[] };
  /** The chapter tells of the transit route, so it offers to follow it. */
  route?: boolean;
  /** What the text relies on besides its events. */
  sources?: S[];
}

/** A term the glossary explains where the text uses it. */
export interface GlossaryTerm {
  id: string;
  /** As the reader meets it in the text: "PfP", "mélange". */
  term: string;
  /** What the abbreviation stands for, or the term in plain words. */
  expansion: string;
  /** One or two sentences for a reader who has never met the term. */
  explanation: string;
  /** The programme this term names, when the atlas has one. */
  programmeId?: string;
}

/** Everything the atlas shows, validated. */
export interface Dataset {
  places: Place[];
  events: AtlasEvent[];
  programmes: Programme[];
  route: RouteFile;
  routeLegs: RouteLeg[];
  rivers: RiversFile;
  /** The guided story's chapters, in date order. */
  story: Chapter[];
  /** The register of sources every citation above names by id. */
  sources: SourceEntry[];
}
