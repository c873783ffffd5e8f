/** Node-side access to the glossary and the translation files (check, status and stamping). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkGlossary,
  GLOSSARY_FILE,
  GlossaryFileSchema,
  type GlossaryTerm,
} from '../src/build/glossary.ts';
import type { Dataset } from '../src/build/load.ts';
import { checkTranslations, parseTranslationFile } from '../src/build/translation-check.ts';
import {
  collectTranslatedNames,
  extractContentTexts,
  formatTranslationKey,
  getTranslationFile,
  listSourceTexts,
  listTranslationEntries,
  type SourceText,
  type TranslationFile,
} from '../src/build/translations.ts';
import {
  type CheckedText,
  checkRussianColons,
  checkRussianYo,
  checkTerms,
  TERMS_FILE,
  type TermTable,
  TermTableSchema,
} from '../src/build/wording-check.ts';
import {
  getLanguageRow,
  LANGUAGE_TABLE,
  type LanguageTable,
  listTranslatedLanguages,
} from '../src/i18n/languages.ts';
import { getMessages, setMessages } from '../src/i18n/locale.ts';
import type { Messages } from '../src/i18n/messages-en.ts';
import { getContentTextsFile } from '../src/model/localize-dataset.ts';
import { formatJsonPath, type Problem } from '../src/model/problem.ts';
import { COUNTRY_CODES, describeEventDateBasis, formatCountry, formatEventDate } from '../src/ui/format.ts';

/** Every language the content is translated into, by id, from the language table. */
export const LANGUAGES: string[] = listTranslatedLanguages().map((row) => row.id);

/** The English glossary, or the problems reading it. */
export function readGlossary(root: string): { terms?: GlossaryTerm[]; problems: Problem[] } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(root, GLOSSARY_FILE), 'utf8'));
  } catch (error) {
    const message = `cannot be read: ${(error as Error).message}`;
    return { problems: [{ file: GLOSSARY_FILE, path: '$', rule: 'file', message }] };
  }
  const result = GlossaryFileSchema.safeParse(json);
  if (result.success) return { terms: result.data.terms, problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({
      file: GLOSSARY_FILE,
      path: formatJsonPath(issue.path),
      rule: 'schema',
      message: issue.message,
    })),
  };
}

/** One language's translation file, or the problems reading it. */
export function readTranslationFile(
  root: string,
  language: string,
  table: LanguageTable = LANGUAGE_TABLE,
): { file?: TranslationFile; problems: Problem[] } {
  const name = getTranslationFile(language, table);
  let text: string;
  try {
    text = readFileSync(join(root, name), 'utf8');
  } catch (error) {
    const message = `cannot be read: ${(error as Error).message}`;
    return { problems: [{ file: name, path: '$', rule: 'file', message }] };
  }
  return parseTranslationFile(text, name);
}

/** Writes a translation file the way the project formats JSON. */
export function writeTranslationFile(root: string, language: string, file: TranslationFile): void {
  writeFileSync(join(root, getTranslationFile(language)), `${JSON.stringify(file, null, 2)}\n`);
}

/** Everything the translation check needs, read from `root`. */
export interface ProjectTranslations {
  sources: SourceText[];
  /** Each translated language's file, by language id. */
  files: Partial<Record<string, TranslationFile>>;
  problems: Problem[];
}

/**
 * Reads the glossary and the translation file of every translated language in `table` and checks
 * them against the dataset's English.
 */
export function checkProjectTranslations(
  root: string,
  dataset: Dataset,
  table: LanguageTable = LANGUAGE_TABLE,
): ProjectTranslations {
  const glossary = readGlossary(root);
  const problems = [...glossary.problems, ...checkGlossary(glossary.terms ?? [], dataset)];
  const sources = listSourceTexts(dataset, glossary.terms ?? []);
  const files: ProjectTranslations['files'] = {};
  for (const row of listTranslatedLanguages(table)) {
    const read = readTranslationFile(root, row.id, table);
    problems.push(...read.problems);
    if (!read.file) continue;
    files[row.id] = read.file;
    // Without the glossary its entries would all look like orphans; its own problem says enough.
    const known = glossary.terms ? sources : sources.filter((s) => s.collection !== 'glossary');
    const found = checkTranslations(known, read.file, row, getTranslationFile(row.id, table));
    problems.push(...(glossary.terms ? found : found.filter((p) => !p.path.startsWith('$.glossary'))));
  }
  return { sources, files, problems };
}

/**
 * The page's search aliases as a module: the place names of every translation, so that Toshkent and
 * Ташкент find Tashkent on any page without shipping the other languages' texts. Reads the files
 * anew on each call; `files` lists what it read, for the dev server to watch.
 */
export function buildSearchAliasesModule(root: string): {
  code: string;
  files: string[];
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const places = LANGUAGES.map((language) => {
    const read = readTranslationFile(root, language);
    problems.push(...read.problems);
    return { places: read.file?.places ?? {} };
  });
  const aliases = collectTranslatedNames(places);
  return {
    code: `export default ${JSON.stringify({ place: aliases.place })};\n`,
    files: LANGUAGES.map((language) => join(root, getTranslationFile(language))),
    problems,
  };
}

/**
 * One language's content texts as the page fetches them (`data/texts-<language>.json`): the texts
 * only, without fingerprints or notes, and the problems of the translation file they come from.
 */
export function buildContentTextsFile(
  root: string,
  language: string,
  table: LanguageTable = LANGUAGE_TABLE,
): { json: string; files: string[]; problems: Problem[] } {
  const read = readTranslationFile(root, language, table);
  return {
    json: JSON.stringify(read.file ? extractContentTexts(read.file) : {}),
    files: [join(root, getTranslationFile(language, table))],
    problems: read.problems,
  };
}

/** Every translated language's interface catalogue, loaded once from its row. */
const CATALOGUES: Readonly<Record<string, Messages>> = Object.fromEntries(
  await Promise.all(listTranslatedLanguages().map(async (row) => [row.id, await row.loadCatalogue()])),
);

/** The catalogue of `language`, a translated language of the table. */
function getCatalogue(language: string): Messages {
  const messages = CATALOGUES[language];
  if (!messages) throw new Error(`no catalogue loaded for "${language}"`);
  return messages;
}

/** The term table, or the problems reading it. */
export function readTermTable(root: string): { table?: TermTable; problems: Problem[] } {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(root, TERMS_FILE), 'utf8'));
  } catch (error) {
    return {
      problems: [
        { file: TERMS_FILE, path: '$', rule: 'file', message: `cannot be read: ${(error as Error).message}` },
      ],
    };
  }
  const result = TermTableSchema.safeParse(json);
  if (result.success) return { table: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({
      file: TERMS_FILE,
      path: formatJsonPath(issue.path),
      rule: 'schema',
      message: issue.message,
    })),
  };
}

/** A catalogue's lines as texts, comments left out (they are for translators, not readers). */
function readCatalogueLines(root: string, file: string): CheckedText[] {
  return readFileSync(join(root, file), 'utf8')
    .split('\n')
    .map((text, i) => ({ file, path: `line ${i + 1}`, label: `line ${i + 1}`, text }))
    .filter((t) => !/^\s*(\/\/|\/\*|\*)/.test(t.text));
}

/**
 * Every event's date and how it is known, as the Russian page writes them (with `messages`, the Russian
 * catalogue unless a test gives a broken one): the catalogue's parts joined show what no one line does.
 */
export function renderRussianDates(dataset: Dataset, messages: Messages = getCatalogue('ru')): CheckedText[] {
  const before = getMessages();
  setMessages(messages);
  try {
    return dataset.events.map((event) => ({
      file: getLanguageRow('ru').catalogueFile,
      path: `events/${event.id} (rendered)`,
      label: `the date of events/${event.id} as the Russian page writes it`,
      text: `${formatEventDate(event.date)} · ${describeEventDateBasis(event)}`,
    }));
  } finally {
    setMessages(before);
  }
}

/** The country names the page of `language` writes (the catalogue's own, else Intl's), to check as terms. */
export function renderCountryNames(language: string): CheckedText[] {
  const before = getMessages();
  setMessages(getCatalogue(language));
  try {
    return COUNTRY_CODES.map((code) => ({
      file: getLanguageRow(language).catalogueFile,
      path: `countryNames.${code} (rendered)`,
      label: `the name of ${code} on the ${language} page`,
      text: formatCountry(code),
    }));
  } finally {
    setMessages(before);
  }
}

/**
 * The wording checks over every translation and interface catalogue: the term table's one rendering
 * per term, Russian without ё, and no colon standing in for Russian grammar.
 */
export function checkProjectWording(
  root: string,
  dataset: Dataset,
  sources: readonly SourceText[],
  files: ProjectTranslations['files'],
): Problem[] {
  const read = readTermTable(root);
  const problems = [...read.problems];
  const english = new Map(sources.map((s) => [formatTranslationKey(s), s.text]));
  for (const language of LANGUAGES) {
    const file = files[language];
    const content: CheckedText[] = file
      ? listTranslationEntries(file).map(({ collection, id, field, entry }) => {
          const key = formatTranslationKey({ collection, id, field });
          return {
            file: getTranslationFile(language),
            path: `${formatJsonPath([collection, id, field])}.text`,
            label: key,
            text: entry.text,
            english: english.get(key),
          };
        })
      : [];
    const catalogue = readCatalogueLines(root, getLanguageRow(language).catalogueFile);
    const countries = renderCountryNames(language);
    if (read.table)
      problems.push(...checkTerms(read.table, language, [...content, ...catalogue, ...countries]));
    if (language === 'ru') {
      problems.push(...checkRussianYo([...content, ...catalogue]));
      problems.push(...checkRussianColons([...content, ...catalogue, ...renderRussianDates(dataset)]));
    }
  }
  return problems;
}

/**
 * The content texts file of every translated language in `table`, by the path the page fetches it
 * from (`data/texts-<id>.json`), each made on demand.
 */
export function listContentTextsFiles(
  root: string,
  table: LanguageTable = LANGUAGE_TABLE,
): Map<string, () => ReturnType<typeof buildContentTextsFile>> {
  return new Map(
    listTranslatedLanguages(table).map((row) => [
      getContentTextsFile(row.id),
      () => buildContentTextsFile(root, row.id, table),
    ]),
  );
}
