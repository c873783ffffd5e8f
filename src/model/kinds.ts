/**
 * What a reader can select, as a table the type checker holds every kind to: adding a kind to
 * `SELECTION_KINDS` fails to compile until the index says how to look it up, where it is, which
 * places it relates to, which events it covers and what to call it.
 */
import type { AtlasEvent, Place } from './dataset.ts';

/**
 * What an id looks like: kebab-case, any number of parts. The data's schema and the link reader both
 * use this one pattern, so every id the data may hold can be linked to.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every kind of thing a reader can select; the order is the order a link is read in. */
export const SELECTION_KINDS = ['place', 'event', 'programme'] as const;

export type SelectionKind = (typeof SELECTION_KINDS)[number];

export interface Selection {
  kind: SelectionKind;
  id: string;
}

/** What a framing tour's step (a chapter) names: its places and events. */
export interface FrameLinks {
  placeIds: readonly string[];
  eventIds: readonly string[];
}

/** How one kind is looked up. Every function takes an id and answers empty for an unknown one. */
export interface KindLookup {
  /** Whether a chapter naming these places and events links to it (so opening it offers the way back). */
  inFrame(id: string, frame: FrameLinks): boolean;
  /** Whether the dataset has it. */
  has(id: string): boolean;
  /** Where to look to see it: the camera fits these. */
  places(id: string): readonly Place[];
  /** Places the map marks as related (never the selected place itself). */
  relatedPlaceIds(id: string): ReadonlySet<string>;
  /** Events it covers: the timeline raises these. */
  events(id: string): readonly AtlasEvent[];
  /** A short name for announcements and titles. */
  label(id: string): string;
}

/** The lookup of every kind. */
export type KindTable = Record<SelectionKind, KindLookup>;

/** Whether `value` names a selection kind. */
export function isSelectionKind(value: string): value is SelectionKind {
  return (SELECTION_KINDS as readonly string[]).includes(value);
}
