/**
 * The languages the atlas is read in, one row each: everything the build, the page, the checks and the
 * tests need to know about a language. A new language is a new row, its catalogue
 * (`messages-<id>.ts`) and its translation file; the pages, links, switch, content texts, checks and
 * view pages follow from the row.
 */
import { en, type Messages } from './messages-en.ts';

/** Text matching `pattern` writes a letter wrongly for the language; `message` says how to write it. */
export interface LetterRule {
  pattern: RegExp;
  message: string;
}

/** A subset of the page's Noto Sans faces, as @fontsource names its files. */
export type FontSubset = 'latin' | 'latin-ext' | 'cyrillic' | 'cyrillic-ext';

/** One language, all in one place. */
export interface LanguageRow {
  /** Short code: the switch's label, and the name of its files (`data/texts-<id>.json`). */
  id: string;
  /** BCP 47 tag: `<html lang>`, `hreflang`, and the `language` its translation file declares. */
  tag: string;
  /** Named in itself, for the language switch. */
  name: string;
  /** Named in English, for the translation checks' messages. */
  englishName: string;
  /** The folder of its pages, relative to the site root: '' for the root, `uz/`. */
  path: string;
  /** Open Graph's form of the locale (language_TERRITORY): `uz_UZ`. */
  ogLocale: string;
  /** The font subsets that draw its interface and content texts (checked against the fonts shipped). */
  fontSubsets: readonly FontSubset[];
  /** Letters its translated texts must not stand in for (checked with the translations). */
  letters: readonly LetterRule[];
  /** Its interface catalogue. English is in the page's main chunk; every other catalogue a chunk of its own. */
  loadCatalogue(): Promise<Messages>;
  /** Its catalogue's file, relative to the project root, for the checks that read its wording. */
  catalogueFile: string;
  /**
   * Its translation file, relative to the project root, from which the build makes the content texts
   * the page fetches. Null for English, the language the data is written in.
   */
  translations: string | null;
}

/**
 * Uzbek Latin writes oʻ and gʻ with U+02BB and the tutuq belgisi with U+02BC; sources often type a
 * quote mark instead, which looks alike but breaks search, sorting and hyphenation.
 */
const UZBEK_LETTERS: readonly LetterRule[] = [
  { pattern: /[OoGg]['‘’`ʼ]/u, message: 'writes oʻ or gʻ with a quote mark; use ʻ (U+02BB)' },
  { pattern: /\p{L}['‘’`]/u, message: 'writes the tutuq belgisi with a quote mark; use ʼ (U+02BC)' },
];

/** Every language, English (the data's own, at the site root) first. */
export const LANGUAGE_TABLE = [
  {
    id: 'en',
    tag: 'en',
    name: 'English',
    englishName: 'English',
    path: '',
    ogLocale: 'en_GB',
    fontSubsets: ['latin'],
    letters: [],
    loadCatalogue: async () => en,
    catalogueFile: 'src/i18n/messages-en.ts',
    translations: null,
  },
  {
    id: 'uz',
    tag: 'uz-Latn',
    name: 'Oʻzbekcha',
    englishName: 'Uzbek (Latin)',
    path: 'uz/',
    ogLocale: 'uz_UZ',
    fontSubsets: ['latin'],
    letters: UZBEK_LETTERS,
    loadCatalogue: async () => (await import('./messages-uz.ts')).uz,
    catalogueFile: 'src/i18n/messages-uz.ts',
    translations: 'data/i18n/uz.json',
  },
  {
    id: 'ru',
    tag: 'ru',
    name: 'Русский',
    englishName: 'Russian',
    path: 'ru/',
    ogLocale: 'ru_RU',
    // Uzbek Cyrillic place names (Самарқанд) need the cyrillic-ext letters beside Russian's.
    fontSubsets: ['latin', 'cyrillic', 'cyrillic-ext'],
    letters: [],
    loadCatalogue: async () => (await import('./messages-ru.ts')).ru,
    catalogueFile: 'src/i18n/messages-ru.ts',
    translations: 'data/i18n/ru.json',
  },
] as const satisfies readonly LanguageRow[];

export type Language = (typeof LANGUAGE_TABLE)[number]['id'];

/** A table of languages: the atlas's own, or one a test extends with a row. */
export type LanguageTable = readonly LanguageRow[];

/** The row of `id` in `table`; an unknown id is a mistake of the caller's, so it throws. */
export function getLanguageRow(id: string, table: LanguageTable = LANGUAGE_TABLE): LanguageRow {
  const row = table.find((r) => r.id === id);
  if (!row) throw new Error(`no language "${id}" in the table (${table.map((r) => r.id).join(', ')})`);
  return row;
}

/** The rows whose content is translated (every one but the data's own language). */
export function listTranslatedLanguages(table: LanguageTable = LANGUAGE_TABLE): LanguageRow[] {
  return table.filter((row) => row.translations !== null);
}
