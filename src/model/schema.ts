/**
 * Schemas for every data file. Types are inferred from them so the data and the code cannot drift.
 * Build and check time only: the page reads the bundle the build checked, with a plain guard, and
 * never ships zod.
 */
import * as z from 'zod/mini';
import { ID_PATTERN } from './kinds.ts';
import { THEME_IDS } from './themes.ts';

/** A kebab-case identifier, unique within its collection. */
export const IdSchema = z
  .string()
  .check(z.regex(ID_PATTERN, 'must be kebab-case (a-z, 0-9, single hyphens)'));

const TextSchema = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

const PartialDateSchema = z.object({
  year: z.int().check(z.gte(1900, 'year must be ≥ 1900'), z.lte(2100, 'year must be ≤ 2100')),
  month: z.optional(z.int().check(z.gte(1, 'month must be 1–12'), z.lte(12, 'month must be 1–12'))),
  day: z.optional(z.int().check(z.gte(1, 'day must be 1–31'), z.lte(31, 'day must be 1–31'))),
});
export type PartialDate = z.infer<typeof PartialDateSchema>;

const ISO_PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * A copy of a source in the web archive: `https://web.archive.org/web/<timestamp>/<the source's url>`.
 * The archive answers a timestamp with its nearest capture, so a copy whose capture time nobody has
 * checked is labelled "nearest archived copy"; only a checked `captured` time earns "archived copy".
 */
export const ARCHIVE_LABELS = ['nearest archived copy', 'archived copy'] as const;
export type ArchiveLabel = (typeof ARCHIVE_LABELS)[number];

export const ArchiveCopySchema = z.object({
  url: z.url({ protocol: /^https$/, error: 'must be an https URL' }),
  label: z.enum(ARCHIVE_LABELS),
  /** The capture's own time (UTC, `YYYY-MM-DDThh:mm:ssZ`), when someone has checked it. */
  captured: z.optional(
    z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'must be YYYY-MM-DDThh:mm:ssZ')),
  ),
});
export type ArchiveCopy = z.infer<typeof ArchiveCopySchema>;

/**
 * One outside source in the register (`data/sources.json`), written once: its own title as the page
 * names itself, who published it and when, its language and address. Plain http is accepted for pages
 * whose sites serve no https; the NATO page itself is https (checked with the cross-rules).
 */
export const SourceEntrySchema = z.object({
  id: IdSchema,
  title: TextSchema,
  publisher: TextSchema,
  /** The page's own date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), when it gives one. */
  date: z.optional(z.string().check(z.regex(ISO_PARTIAL_DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD'))),
  /**
   * The language the page is written in (BCP 47: `en`, `ru`, `de`…). Optional here so that the register
   * rule (`source-language`) names a missing one; every source must have it.
   */
  language: z.optional(
    z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a BCP 47 language tag')),
  ),
  url: z.url({ protocol: /^https?$/, error: 'must be an http or https URL' }),
  archive: z.optional(ArchiveCopySchema),
  /** What a reader should know about the source itself (an edition, a version). */
  note: z.optional(TextSchema),
});
export type SourceEntry = z.infer<typeof SourceEntrySchema>;
export const SourcesFileSchema = z
  .array(SourceEntrySchema)
  .check(z.minLength(1, 'the register needs a source'));

/** What a cited passage states about dates, so the rules can hold the data to it. */
export const StatedDatesSchema = z.object({
  /** A single date the passage gives (the day something happened). */
  date: z.optional(PartialDateSchema),
  start: z.optional(PartialDateSchema),
  end: z.optional(PartialDateSchema),
  /** The date stated is when the thing opened (a line, a bridge): only such a date backs "opened in …". */
  opening: z.optional(z.boolean()),
});
export type StatedDates = z.infer<typeof StatedDatesSchema>;

/**
 * A citation: a source of the register by id, with the section (the NATO page's) or the passage (its
 * words, found by the link's text fragment) relied on, and what that passage states about dates.
 */
export const CitationSchema = z.object({
  source: IdSchema,
  section: z.optional(TextSchema),
  passage: z.optional(TextSchema),
  states: z.optional(StatedDatesSchema),
});
export type Citation = z.infer<typeof CitationSchema>;

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
export const LonLatSchema = z.tuple([
  z.number().check(z.gte(-180, 'longitude must be ≥ -180'), z.lte(180, 'longitude must be ≤ 180')),
  z.number().check(z.gte(-90, 'latitude must be ≥ -90'), z.lte(90, 'latitude must be ≤ 90')),
]);
export type LonLat = z.infer<typeof LonLatSchema>;

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

export const PlacePropertiesSchema = z.object({
  id: IdSchema,
  name: TextSchema,
  localName: z.optional(TextSchema),
  /** `country` is the country itself: its point is where its label goes, its outline is the country's shape. */
  kind: z.enum(PLACE_KINDS),
  country: z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code')),
  /** The place this one lies in (an airfield in its city); never a country place, which `country` names. */
  partOf: z.optional(IdSchema),
  eventless: z.optional(z.enum(EVENTLESS_REASONS)),
  summary: TextSchema,
  /** What the summary relies on besides the events at the place (where the point is, what is there). */
  sources: z.optional(z.array(CitationSchema)),
});

export const PlaceFeatureSchema = z.object({
  type: z.literal('Feature'),
  geometry: z.object({ type: z.literal('Point'), coordinates: LonLatSchema }),
  properties: PlacePropertiesSchema,
});

export const PlacesFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(PlaceFeatureSchema),
});

/** A place, flattened from its GeoJSON feature. */
export type Place = Omit<z.infer<typeof PlacePropertiesSchema>, 'sources'> & {
  coordinates: LonLat;
  sources?: Source[];
  /** A country place's extent, [west, south, east, north], measured from its outline at build. */
  extent?: [number, number, number, number];
};

/**
 * A date as precisely as it is known: a year, optionally month and day; a range when only bounds are
 * known; `approximate` when even those are soft.
 */
export const EventDateSchema = z.extend(PartialDateSchema, {
  end: z.optional(PartialDateSchema),
  approximate: z.optional(z.boolean()),
});
export type EventDate = z.infer<typeof EventDateSchema>;

/**
 * `seed`: the page dates it; `external`: another source does; `ordinal`: its place in the page's list of
 * milestones bounds it; `bounds`: nothing dates it, so it spans the years the page leaves open.
 */
export const DATE_BASES = ['seed', 'external', 'ordinal', 'bounds'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

/** How one part of a date is known, when it is not known the way the event's `dateBasis` says. */
export const DatePartBasesSchema = z.object({
  month: z.optional(z.enum(DATE_BASES)),
  day: z.optional(z.enum(DATE_BASES)),
  /** The end of a range. */
  end: z.optional(z.enum(DATE_BASES)),
});
export type DatePartBases = z.infer<typeof DatePartBasesSchema>;

export const EventSchema = z.object({
  id: IdSchema,
  title: TextSchema,
  /** The label a milestone carries on the timeline; every milestone has one. */
  shortTitle: z.optional(TextSchema.check(z.maxLength(28, 'shortTitle must be at most 28 characters'))),
  date: EventDateSchema,
  /** How the year (and every part `partBases` does not name) is known. */
  dateBasis: z.enum(DATE_BASES),
  /** Parts of the date known another way than the year: a day from a news report beside the page's year. */
  partBases: z.optional(DatePartBasesSchema),
  dateNote: z.optional(TextSchema),
  summary: TextSchema,
  placeIds: z.array(IdSchema).check(z.minLength(1, 'an event needs at least one place')),
  programmeIds: z.array(IdSchema),
  milestone: z.boolean(),
  seedOrder: z.optional(z.int().check(z.gte(1, 'seedOrder starts at 1'))),
  sources: z.array(CitationSchema).check(z.minLength(1, 'an event needs at least one source')),
  /** Set when what the event takes from outside the page rests on one outside source only. */
  singleSource: z.optional(z.boolean()),
  /** The page's sections (themes) the event belongs to. */
  themes: z.array(z.enum(THEME_IDS)).check(
    z.minLength(1, 'an event needs at least one theme'),
    z.refine((ids) => new Set(ids).size === ids.length, 'a theme is listed twice'),
  ),
});
/** An event as the atlas reads it: its citations resolved against the register. */
export type AtlasEvent = Omit<z.infer<typeof EventSchema>, 'sources'> & { sources: Source[] };
export const EventsFileSchema = z.array(EventSchema);

export const ProgrammeSchema = z.object({
  id: IdSchema,
  acronym: TextSchema,
  name: TextSchema,
  summary: TextSchema,
  /** First year the atlas shows the programme; a firm start only unless `sinceUncertain`. */
  since: z.int().check(z.gte(1900, 'since must be a year'), z.lte(2100, 'since must be a year')),
  /** Set when no source gives the start year firmly: `since` is then only where the atlas starts it. */
  sinceUncertain: z.optional(z.boolean()),
  until: z.optional(z.int().check(z.gte(1900, 'until must be a year'), z.lte(2100, 'until must be a year'))),
  /** Set when the end is unknown although the programme is no longer the current one. */
  untilUncertain: z.optional(z.boolean()),
  /**
   * The operation the programme served, when the data knows its end: the programme cannot run past it
   * (the rail transit of ISAF cargo ends with ISAF).
   */
  operation: z.optional(z.object({ name: TextSchema, end: PartialDateSchema })),
  /** How the years are known, when they are not simply the page's. */
  dateNote: z.optional(TextSchema),
  parentId: z.nullable(IdSchema),
  /** Years the programme stood still, as the sources tell it (e.g. PARP after Andijan, 2005–2010). */
  pauses: z.optional(
    z.array(
      z.object({
        from: z.int().check(z.gte(1900, 'from must be a year'), z.lte(2100, 'from must be a year')),
        to: z.int().check(z.gte(1900, 'to must be a year'), z.lte(2100, 'to must be a year')),
        label: TextSchema,
      }),
    ),
  ),
  sources: z.array(CitationSchema).check(z.minLength(1, 'a programme needs at least one source')),
});
/** A programme as the atlas reads it: its citations resolved against the register. */
export type Programme = Omit<z.infer<typeof ProgrammeSchema>, 'sources'> & { sources: Source[] };
export const ProgrammesFileSchema = z.array(ProgrammeSchema);

export const ROUTE_MODES = ['rail', 'road', 'bridge'] as const;
export type RouteMode = (typeof ROUTE_MODES)[number];

export const RouteLegFeatureSchema = z.object({
  type: z.literal('Feature'),
  geometry: z.object({
    type: z.literal('LineString'),
    coordinates: z.array(LonLatSchema).check(z.minLength(2, 'a leg needs at least two positions')),
  }),
  properties: z.object({
    id: IdSchema,
    mode: z.enum(ROUTE_MODES),
    from: IdSchema,
    to: IdSchema,
    /** First year the leg carried the story's transit; absent means from the start. */
    since: z.optional(
      z.int().check(z.gte(1900, 'since must be a year'), z.lte(2100, 'since must be a year')),
    ),
  }),
});
export const RouteLegsFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(RouteLegFeatureSchema).check(z.minLength(1, 'the route needs at least one leg')),
});
/** One leg of the transit route, flattened from its GeoJSON feature. */
export type RouteLeg = z.infer<typeof RouteLegFeatureSchema>['properties'] & { coordinates: LonLat[] };

export const RouteStopSchema = z.object({
  placeId: IdSchema,
  narrative: TextSchema,
  eventIds: z.array(IdSchema),
  /** What the narrative relies on besides its events. */
  sources: z.optional(z.array(CitationSchema)),
});
export const RouteFileSchema = z.object({
  id: IdSchema,
  name: TextSchema,
  summary: TextSchema,
  stops: z.array(RouteStopSchema).check(z.minLength(2, 'a route needs at least two stops')),
  /** What the summary relies on besides the stops' events. */
  sources: z.optional(z.array(CitationSchema)),
});
export type RouteStop = Omit<z.infer<typeof RouteStopSchema>, 'sources'> & { sources?: Source[] };
export type RouteFile = Omit<z.infer<typeof RouteFileSchema>, 'stops' | 'sources'> & {
  stops: RouteStop[];
  sources?: Source[];
};

export const RiversFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      geometry: z.union([
        z.object({ type: z.literal('LineString'), coordinates: z.array(LonLatSchema) }),
        z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(LonLatSchema)) }),
      ]),
      properties: z.object({ id: IdSchema, name: TextSchema }),
    }),
  ),
});
export type RiversFile = z.infer<typeof RiversFileSchema>;

/** A year span, both ends included. */
export const PeriodSchema = z.object({ from: z.number().check(z.int()), to: z.number().check(z.int()) });

/** One chapter of the guided story: its text, what it is about and where the map looks. */
export const ChapterSchema = z.object({
  id: IdSchema,
  title: TextSchema,
  period: PeriodSchema,
  text: z.array(TextSchema).check(z.minLength(1, 'a chapter needs at least one paragraph')),
  eventIds: z.array(IdSchema),
  placeIds: z.array(IdSchema),
  camera: z.object({ fit: z.array(IdSchema).check(z.minLength(1, 'the camera needs a place to fit')) }),
  /** The chapter tells of the transit route, so it offers to follow it. */
  route: z.optional(z.boolean()),
  /** What the text relies on besides its events. */
  sources: z.optional(z.array(CitationSchema)),
});
export type Chapter = Omit<z.infer<typeof ChapterSchema>, 'sources'> & { sources?: Source[] };
export const StoryFileSchema = z.array(ChapterSchema).check(z.minLength(1, 'the story needs a chapter'));
