/**
 * The page's language: its interface catalogue and, on a translated page, the translated theme and
 * glossary texts. One language per page, set once before anything renders (the build sets it for
 * each page it prerenders).
 */
import { en, type Messages } from './messages-en.ts';

/** The languages the atlas is read in: the page path prefix of each, and its catalogue's tag. */
export const LANGUAGES = ['en', 'uz', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Path of each language's page, relative to the site root. */
export const LANGUAGE_PATHS: Record<Language, string> = { en: '', uz: 'uz/', ru: 'ru/' };

/** The `<html lang>` of each language's page. */
export const LANGUAGE_TAGS: Record<Language, string> = { en: 'en', uz: 'uz-Latn', ru: 'ru' };

/** Each language named in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', uz: 'Oʻzbekcha', ru: 'Русский' };

/** The language whose page carries `tag` (`<html lang>`); English for anything else. */
export function getLanguageOfTag(tag: string): Language {
  return (LANGUAGES.find((l) => LANGUAGE_TAGS[l] === tag) ?? 'en') as Language;
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
