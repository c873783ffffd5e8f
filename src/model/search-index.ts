/**
 * A small search over the dataset's places, events and programmes. With well under a hundred
 * documents a scan of pre-normalised tokens is instant, so there is no inverted index: each query
 * token is compared with every document token by exact match, prefix, or a bounded edit distance.
 * Pure: the same documents and query always give the same hits.
 */

import type { Dataset } from './dataset.ts';
import { SELECTION_KINDS, type SelectionKind } from './kinds.ts';

/** One thing a reader can find. `names` rank above `texts` (summaries). */
export interface SearchDocument {
  kind: SelectionKind;
  id: string;
  label: string;
  names: readonly string[];
  texts: readonly string[];
}

/** A found document with its score; higher is better. */
export interface SearchHit {
  kind: SelectionKind;
  id: string;
  label: string;
  score: number;
}

interface IndexedDocument {
  document: SearchDocument;
  nameTokens: readonly string[];
  textTokens: readonly string[];
}

export interface SearchIndex {
  documents: readonly IndexedDocument[];
}

// Apostrophe-like letters join their word rather than split it, and all count as one: Uzbek oʻ and gʻ
// are typed with ʻ (U+02BB), ', ’, ‘, ` or ´ alike, and the tutuq belgisi with ʼ (U+02BC) or '.
const JOINERS = /[\u02bb\u02bc\u02bd'’‘`´]/g;
const COMBINING_MARKS = /\p{M}/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, without diacritics or apostrophes: "Mélange" and "melange" read the same. */
export function normalizeText(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(JOINERS, '').toLowerCase();
}

/** The normalised words of `text`. */
export function tokenizeText(text: string): string[] {
  return normalizeText(text).match(WORD) ?? [];
}

/** How many typos a query word of this length may carry: none below 4 letters, 1 up to 7, else 2. */
export function getAllowedEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/** Whether `a` turns into `b` by at most `max` inserted, deleted or changed letters. */
export function isWithinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  // One row of the Levenshtein table at a time; words here are short, so no early exit is needed.
  let row = [...Array(b.length + 1).keys()];
  for (let i = 0; i < a.length; i++) {
    const next = [i + 1];
    for (let j = 0; j < b.length; j++)
      next.push(
        Math.min(
          (row[j + 1] as number) + 1,
          (next[j] as number) + 1,
          (row[j] as number) + (a[i] === b[j] ? 0 : 1),
        ),
      );
    row = next;
  }
  return (row[b.length] as number) <= max;
}

/**
 * 3 for the same word, 2 for a word it begins, 1 for a near miss, 0 for none. A near miss may also be
 * the start of a longer word: Russian and Uzbek inflect names ("Фергана" → "Ферганская"), so a query
 * close to a word's beginning still finds it.
 */
function scoreToken(query: string, tokens: readonly string[]): number {
  let best = 0;
  const edits = getAllowedEdits(query.length);
  for (const token of tokens) {
    if (token === query) return 3;
    if (token.startsWith(query)) best = 2;
    else if (
      best === 0 &&
      edits > 0 &&
      (isWithinEdits(query, token, edits) ||
        (token.length > query.length && isWithinEdits(query, token.slice(0, query.length), 1)))
    )
      best = 1;
  }
  return best;
}

/** Indexes documents once; searching then only tokenises the query. */
export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  return {
    documents: documents.map((document) => ({
      document,
      nameTokens: document.names.flatMap(tokenizeText),
      textTokens: document.texts.flatMap(tokenizeText),
    })),
  };
}

/**
 * Documents in which every query word is found, best first: a word in a name counts above any word in
 * a summary, and within each an exact word above a prefix above a near miss. Ties go to the shorter label.
 */
export function searchDocuments(index: SearchIndex, query: string): SearchHit[] {
  const words = tokenizeText(query);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const { document, nameTokens, textTokens } of index.documents) {
    let score = 0;
    for (const word of words) {
      const inName = scoreToken(word, nameTokens);
      const wordScore = inName > 0 ? 10 + inName : scoreToken(word, textTokens);
      if (wordScore === 0) {
        score = 0;
        break;
      }
      score += wordScore;
    }
    if (score > 0) hits.push({ kind: document.kind, id: document.id, label: document.label, score });
  }
  return hits.sort((a, b) => b.score - a.score || a.label.length - b.label.length);
}

/**
 * Other names a document is also found by, per kind and id: its names in the other languages
 * (Toshkent, Ташкент for Tashkent). They rank as names; the label stays the page's own.
 */
export type SearchAliases = Partial<Record<SelectionKind, Readonly<Record<string, readonly string[]>>>>;

function makeDocument(
  kind: SelectionKind,
  id: string,
  label: string,
  names: (string | undefined)[],
  text: string,
  aliases: SearchAliases,
): SearchDocument {
  return {
    kind,
    id,
    label,
    names: [...names, ...(aliases[kind]?.[id] ?? [])].filter((name): name is string => name !== undefined),
    texts: [text],
  };
}

/** What each kind offers the search; a new kind does not compile until it says. */
const SEARCHED: Record<SelectionKind, (dataset: Dataset, aliases: SearchAliases) => SearchDocument[]> = {
  place: ({ places }, aliases) =>
    places.map((p) => makeDocument('place', p.id, p.name, [p.name, p.localName], p.summary, aliases)),
  event: ({ events }, aliases) =>
    events.map((e) => makeDocument('event', e.id, e.title, [e.title, e.shortTitle], e.summary, aliases)),
  programme: ({ programmes }, aliases) =>
    programmes.map((p) =>
      makeDocument(
        'programme',
        p.id,
        p.acronym === p.name ? p.name : `${p.acronym} — ${p.name}`,
        [p.acronym, p.name],
        p.summary,
        aliases,
      ),
    ),
};

/**
 * What a reader can find in the dataset: every kind, in the kinds' order, each document also by its
 * `aliases` (its names in the other languages).
 */
export function listSearchDocuments(dataset: Dataset, aliases: SearchAliases = {}): SearchDocument[] {
  return SELECTION_KINDS.flatMap((kind) => SEARCHED[kind](dataset, aliases));
}
