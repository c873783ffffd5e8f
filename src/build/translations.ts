/**
 * Translations of the atlas's content, one file per language, tied to the English they translate.
 *
 * A file holds, per collection and record id, one entry per translated field: the translated `text`,
 * the `source` fingerprint of the English it was made from, optionally `confirmed`, the fingerprint of
 * a later English that a translator checked and found the translation still right for, and `reviewed`,
 * whether a reader of the language has reviewed the text as it stands. Which English
 * texts there are to translate is derived from the dataset here, so a new field or record shows up as
 * missing without anyone listing it.
 */
import * as z from 'zod/mini';
import { getLanguageRow, LANGUAGE_TABLE, type LanguageTable } from '../i18n/languages.ts';
import type { Dataset } from '../model/dataset.ts';
import type { SelectionKind } from '../model/kinds.ts';
import type { SearchAliases } from '../model/search-index.ts';
import { THEMES } from '../model/themes.ts';
import type { GlossaryTerm } from './glossary.ts';
import { IdSchema } from './schema.ts';

export { type ContentTexts, localizeDataset } from '../model/localize-dataset.ts';

import {
  type ContentTexts,
  TRANSLATED_COLLECTIONS,
  type TranslatedCollection,
} from '../model/localize-dataset.ts';

export { TRANSLATED_COLLECTIONS, type TranslatedCollection };

/** The translation file of `language` (its row's), relative to the project root. */
export function getTranslationFile(language: string, table: LanguageTable = LANGUAGE_TABLE): string {
  const file = getLanguageRow(language, table).translations;
  if (file === null) throw new Error(`"${language}" is the data's own language; it has no translation file`);
  return file;
}

const FINGERPRINT = /^[0-9a-f]{8}$/;
const FingerprintSchema = z.string().check(z.regex(FINGERPRINT, 'must be a fingerprint: 8 hex digits'));

export const TranslationEntrySchema = z.strictObject({
  text: z.string().check(z.trim(), z.minLength(1, 'must not be empty')),
  /** Fingerprint of the English this text was translated from; `npm run i18n:stamp` fills it in. */
  source: z.optional(FingerprintSchema),
  /** Fingerprint of a newer English checked against this text and found still rendered by it. */
  confirmed: z.optional(FingerprintSchema),
  /**
   * That a reader of the language reviewed this text: which native review, and the fingerprint of the
   * translated text as they read it. A text changed since no longer counts as reviewed.
   */
  reviewed: z.optional(
    z.strictObject(
      {
        review: z.number().check(z.int(), z.positive()),
        text: FingerprintSchema,
      },
      'must be { "review": <n>, "text": <fingerprint of the translated text> }; the fingerprint of a newer English that the text still renders goes in "confirmed"',
    ),
  ),
  /** For translators: where a term's form comes from, or that it is the atlas's own rendering. */
  note: z.optional(z.string().check(z.trim(), z.minLength(1, 'must not be empty'))),
});
export type TranslationEntry = z.infer<typeof TranslationEntrySchema>;

/** Field name (`title`, `text.0`, `pauses.1.label`) → entry. */
const RecordSchema = z.record(z.string(), TranslationEntrySchema);
const CollectionSchema = z.record(IdSchema, RecordSchema);
/** Record id → field → entry. */
export type TranslationCollection = z.infer<typeof CollectionSchema>;

export const TranslationFileSchema = z.strictObject({
  /** The BCP 47 tag of the language's row; the check compares it with the row it is read for. */
  language: z.string().check(z.minLength(1, 'must name the language')),
  places: z.optional(CollectionSchema),
  events: z.optional(CollectionSchema),
  programmes: z.optional(CollectionSchema),
  route: z.optional(CollectionSchema),
  routeStops: z.optional(CollectionSchema),
  rivers: z.optional(CollectionSchema),
  chapters: z.optional(CollectionSchema),
  themes: z.optional(CollectionSchema),
  glossary: z.optional(CollectionSchema),
});
export type TranslationFile = z.infer<typeof TranslationFileSchema>;

/** One English text that a translation file should carry. */
export interface SourceText {
  collection: TranslatedCollection;
  id: string;
  field: string;
  text: string;
}

/** The reader-facing name of a translated text: `events/joins-nacc/title`. */
export function formatTranslationKey(key: { collection: string; id: string; field: string }): string {
  return `${key.collection}/${key.id}/${key.field}`;
}

/**
 * Every English text a reader sees in the dataset, the theme labels and the glossary. Ids, dates,
 * acronyms inside names and source titles (which name the documents as published) are not listed.
 */
export function listSourceTexts(dataset: Dataset, glossary: readonly GlossaryTerm[]): SourceText[] {
  const out: SourceText[] = [];
  const add = (collection: TranslatedCollection, id: string, field: string, text: string | undefined) => {
    if (text !== undefined) out.push({ collection, id, field, text });
  };
  for (const p of dataset.places) {
    add('places', p.id, 'name', p.name);
    add('places', p.id, 'summary', p.summary);
  }
  for (const e of dataset.events) {
    add('events', e.id, 'title', e.title);
    add('events', e.id, 'shortTitle', e.shortTitle);
    add('events', e.id, 'summary', e.summary);
    add('events', e.id, 'dateNote', e.dateNote);
  }
  for (const p of dataset.programmes) {
    add('programmes', p.id, 'acronym', p.acronym);
    add('programmes', p.id, 'name', p.name);
    add('programmes', p.id, 'summary', p.summary);
    add('programmes', p.id, 'dateNote', p.dateNote);
    for (const [i, pause] of (p.pauses ?? []).entries())
      add('programmes', p.id, `pauses.${i}.label`, pause.label);
  }
  add('route', dataset.route.id, 'name', dataset.route.name);
  add('route', dataset.route.id, 'summary', dataset.route.summary);
  for (const stop of dataset.route.stops) add('routeStops', stop.placeId, 'narrative', stop.narrative);
  for (const river of dataset.rivers.features)
    add('rivers', river.properties.id, 'name', river.properties.name);
  for (const chapter of dataset.story) {
    add('chapters', chapter.id, 'title', chapter.title);
    for (const [i, paragraph] of chapter.text.entries()) add('chapters', chapter.id, `text.${i}`, paragraph);
  }
  for (const theme of THEMES) add('themes', theme.id, 'label', theme.label);
  for (const term of glossary) {
    add('glossary', term.id, 'term', term.term);
    add('glossary', term.id, 'expansion', term.expansion);
    add('glossary', term.id, 'explanation', term.explanation);
  }
  return out;
}

/** The entry a file holds for `key`, if any. */
export function getTranslationEntry(
  file: TranslationFile,
  key: { collection: TranslatedCollection; id: string; field: string },
): TranslationEntry | undefined {
  return file[key.collection]?.[key.id]?.[key.field];
}

/** Every entry of a file with its key, in the file's order. */
export function listTranslationEntries(
  file: TranslationFile,
): { collection: TranslatedCollection; id: string; field: string; entry: TranslationEntry }[] {
  return TRANSLATED_COLLECTIONS.flatMap((collection) =>
    Object.entries(file[collection] ?? {}).flatMap(([id, fields]) =>
      Object.entries(fields).map(([field, entry]) => ({ collection, id, field, entry })),
    ),
  );
}

const NAME_FIELDS: Record<SelectionKind, { collection: TranslatedCollection; fields: readonly string[] }> = {
  place: { collection: 'places', fields: ['name'] },
  event: { collection: 'events', fields: ['title', 'shortTitle'] },
  programme: { collection: 'programmes', fields: ['acronym', 'name'] },
};

/**
 * The translated names of places, events and programmes in `files`, for search in every language. A
 * file may bring only some collections (the page takes place names only).
 */
export function collectTranslatedNames(
  files: readonly Partial<Record<TranslatedCollection, TranslationCollection>>[],
): SearchAliases {
  const aliases: Partial<Record<SelectionKind, Record<string, string[]>>> = {};
  for (const [kind, { collection, fields }] of Object.entries(NAME_FIELDS) as [
    SelectionKind,
    (typeof NAME_FIELDS)[SelectionKind],
  ][]) {
    const byId: Record<string, string[]> = {};
    for (const file of files)
      for (const [id, record] of Object.entries(file[collection] ?? {}))
        for (const field of fields) {
          const text = record[field]?.text;
          const names = byId[id] ?? [];
          if (text !== undefined && !names.includes(text)) byId[id] = [...names, text];
        }
    aliases[kind] = byId;
  }
  return aliases;
}

/** A file's texts without fingerprints or notes: what a page of that language ships. */
export function extractContentTexts(file: TranslationFile): ContentTexts {
  const out: ContentTexts = {};
  for (const { collection, id, field, entry } of listTranslationEntries(file)) {
    const records = out[collection] ?? {};
    out[collection] = records;
    records[id] = { ...records[id], [field]: entry.text };
  }
  return out;
}
