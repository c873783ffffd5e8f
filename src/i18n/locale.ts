/**
 * The page's language: its interface catalogue and, on a translated page, the translated theme and
 * glossary texts. One language per page, set once before anything renders (the build sets it for
 * each page it prerenders). The languages themselves are the rows of `LANGUAGE_TABLE`.
 */
import { getLanguageRow, LANGUAGE_TABLE, type Language, type LanguageTable } from './languages.ts';
import { en, type Messages } from './messages-en.ts';

export type { Language } from './languages.ts';

/** The languages the atlas is read in, in the table's order. */
export const LANGUAGES: readonly Language[] = LANGUAGE_TABLE.map((row) => row.id);

const byLanguage = <T>(pick: (row: (typeof LANGUAGE_TABLE)[number]) => T) =>
  Object.fromEntries(LANGUAGE_TABLE.map((row) => [row.id, pick(row)])) as Record<Language, T>;

/** Path of each language's page, relative to the site root. */
export const LANGUAGE_PATHS: Record<Language, string> = byLanguage((row) => row.path);

/** The `<html lang>` of each language's page. */
export const LANGUAGE_TAGS: Record<Language, string> = byLanguage((row) => row.tag);

/** Each language named in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = byLanguage((row) => row.name);

/** The language whose page carries `tag` (`<html lang>`); the table's first (English) for anything else. */
export function getLanguageOfTag(tag: string, table: LanguageTable = LANGUAGE_TABLE): string {
  return (table.find((row) => row.tag === tag) ?? getLanguageRow(LANGUAGE_TABLE[0].id, table)).id;
}

let current: Messages = en;

/** The current language's catalogue. */
export function getMessages(): Messages {
  return current;
}

/** Makes `messages` the page's catalogue. */
export function setMessages(messages: Messages): void {
  current = messages;
}
