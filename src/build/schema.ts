/**
 * Schemas for every data file. The types they validate are the page's (`src/model/dataset.ts`); each
 * schema is checked at compile time to match its type (below), so the data and the code cannot drift.
 * Build and check time only: the page reads the bundle the build checked, with a plain guard, and
 * never ships zod.
 */
import * as z from 'zod/mini';
import {
  ARCHIVE_LABELS,
  type ArchiveCopy,
  type AtlasEvent,
  type Chapter,
  type Citation,
  DATE_BASES,
  type DatePartBases,
  EVENTLESS_REASONS,
  type EventDate,
  type LonLat,
  type PartialDate,
  PLACE_KINDS,
  type PlaceProperties,
  type Programme,
  type RiversFile,
  ROUTE_MODES,
  type RouteFile,
  type RouteLegProperties,
  type RouteStop,
  type SourceEntry,
  type StatedDates,
} from '../model/dataset.ts';
import { ID_PATTERN } from '../model/kinds.ts';
import { THEME_IDS } from '../model/themes.ts';

// The records' types are the page's (`dataset.ts`); build code may read them from here too.
export {
  ARCHIVE_LABELS,
  type ArchiveCopy,
  type ArchiveLabel,
  type AtlasEvent,
  type Chapter,
  type Citation,
  DATE_BASES,
  type DateBasis,
  type DatePartBases,
  EVENTLESS_REASONS,
  type EventDate,
  type EventlessReason,
  type LonLat,
  type PartialDate,
  PLACE_KINDS,
  type Place,
  type PlaceKind,
  type PlaceProperties,
  type Programme,
  type RiversFile,
  ROUTE_MODES,
  type RouteFile,
  type RouteLeg,
  type RouteMode,
  type RouteStop,
  type Source,
  type SourceEntry,
  type SourceLike,
  type StatedDates,
} from '../model/dataset.ts';

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

const ISO_PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export const ArchiveCopySchema = z.object({
  url: z.url({ protocol: /^https$/, error: 'must be an https URL' }),
  label: z.enum(ARCHIVE_LABELS),
  /** The capture's own time (UTC, `YYYY-MM-DDThh:mm:ssZ`), when someone has checked it. */
  captured: z.optional(
    z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'must be YYYY-MM-DDThh:mm:ssZ')),
  ),
});

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

/** Longitude, latitude — RFC 7946 order, WGS 84. */
export const LonLatSchema = z.tuple([
  z.number().check(z.gte(-180, 'longitude must be ≥ -180'), z.lte(180, 'longitude must be ≤ 180')),
  z.number().check(z.gte(-90, 'latitude must be ≥ -90'), z.lte(90, 'latitude must be ≤ 90')),
]);

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

/**
 * A date as precisely as it is known: a year, optionally month and day; a range when only bounds are
 * known; `approximate` when even those are soft.
 */
export const EventDateSchema = z.extend(PartialDateSchema, {
  end: z.optional(PartialDateSchema),
  approximate: z.optional(z.boolean()),
});

/** How one part of a date is known, when it is not known the way the event's `dateBasis` says. */
export const DatePartBasesSchema = z.object({
  month: z.optional(z.enum(DATE_BASES)),
  day: z.optional(z.enum(DATE_BASES)),
  /** The end of a range. */
  end: z.optional(z.enum(DATE_BASES)),
});

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
export const ProgrammesFileSchema = z.array(ProgrammeSchema);

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
export const StoryFileSchema = z.array(ChapterSchema).check(z.minLength(1, 'the story needs a chapter'));

/**
 * `true` when `A` and `B` are the same shape: each assignable to the other and naming the same fields
 * (assignability alone lets an optional field be added on one side only).
 */
type Same<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [keyof A] extends [keyof B]
      ? [keyof B] extends [keyof A]
        ? true
        : false
      : false
    : false
  : false;
type Holds<T extends true> = T;

/**
 * Each schema validates exactly the shape the page declares (with citations where the page has them
 * resolved into sources): a field added, dropped or changed on one side only fails to compile here.
 */
export type SchemasMatchPageTypes = [
  Holds<Same<z.infer<typeof PartialDateSchema>, PartialDate>>,
  Holds<Same<z.infer<typeof ArchiveCopySchema>, ArchiveCopy>>,
  Holds<Same<z.infer<typeof SourceEntrySchema>, SourceEntry>>,
  Holds<Same<z.infer<typeof StatedDatesSchema>, StatedDates>>,
  Holds<Same<z.infer<typeof CitationSchema>, Citation>>,
  Holds<Same<z.infer<typeof LonLatSchema>, LonLat>>,
  Holds<Same<z.infer<typeof PlacePropertiesSchema>, PlaceProperties<Citation>>>,
  Holds<Same<z.infer<typeof EventDateSchema>, EventDate>>,
  Holds<Same<z.infer<typeof DatePartBasesSchema>, DatePartBases>>,
  Holds<Same<z.infer<typeof EventSchema>, AtlasEvent<Citation>>>,
  Holds<Same<z.infer<typeof ProgrammeSchema>, Programme<Citation>>>,
  Holds<Same<z.infer<typeof RouteLegFeatureSchema>['properties'], RouteLegProperties>>,
  Holds<Same<z.infer<typeof RouteStopSchema>, RouteStop<Citation>>>,
  Holds<Same<z.infer<typeof RouteFileSchema>, RouteFile<Citation>>>,
  Holds<Same<z.infer<typeof RiversFileSchema>, RiversFile>>,
  Holds<Same<z.infer<typeof ChapterSchema>, Chapter<Citation>>>,
];
