/**
 * A small search over the dataset's places, events and programmes. With well under a hundred
 * documents a scan of pre-normalised tokens is instant, so there is no inverted index: each query
 * token is compared with every document token by exact match, prefix, or a bounded edit distance.
 * Pure: the same documents and query always give the same hits.
 */

import type { SelectionKind } from './kinds.ts';
import type { Dataset } from './load.ts';

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

// Apostrophe-like letters (Oʻzbekiston) join their word rather than split it.
const JOINERS = /[\u02bb\u02bc'’‘`]/g;
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
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost);
      next.push(value);
      best = Math.min(best, value);
    }
    // Every later row is at least this row's best: stop once it is out of reach.
    if (best > max) return false;
    row = next;
  }
  return (row[b.length] ?? max + 1) <= max;
}

/** 3 for the same word, 2 for a word it begins, 1 for a near miss, 0 for none. */
function scoreToken(query: string, tokens: readonly string[]): number {
  let best = 0;
  const edits = getAllowedEdits(query.length);
  for (const token of tokens) {
    if (token === query) return 3;
    if (token.startsWith(query)) best = 2;
    else if (best === 0 && edits > 0 && isWithinEdits(query, token, edits)) best = 1;
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

/** What a reader can find in the dataset: places by name and local name, events, programmes. */
export function listSearchDocuments(dataset: Dataset): SearchDocument[] {
  return [
    ...dataset.places.map((p) => ({
      kind: 'place' as const,
      id: p.id,
      label: p.name,
      names: p.localName ? [p.name, p.localName] : [p.name],
      texts: [p.summary],
    })),
    ...dataset.events.map((e) => ({
      kind: 'event' as const,
      id: e.id,
      label: e.title,
      names: e.shortTitle ? [e.title, e.shortTitle] : [e.title],
      texts: [e.summary],
    })),
    ...dataset.programmes.map((p) => ({
      kind: 'programme' as const,
      id: p.id,
      label: p.acronym === p.name ? p.name : `${p.acronym} — ${p.name}`,
      names: [p.acronym, p.name],
      texts: [p.summary],
    })),
  ];
}
