/**
 * The translation check: every English text has a translation in every language, and every translation
 * was made from, or reviewed against, the English as it is now. A stale translation fails the build, so
 * a changed English sentence cannot quietly leave an older meaning in another language.
 */
import { getLanguageRow, type LanguageRow } from '../i18n/languages.ts';
import { formatJsonPath, type Problem } from '../model/problem.ts';
import { fingerprintText } from './fingerprint.ts';
import {
  formatTranslationKey,
  getTranslationEntry,
  listTranslationEntries,
  type SourceText,
  type TranslatedCollection,
  type TranslationEntry,
  type TranslationFile,
  TranslationFileSchema,
} from './translations.ts';

/** What one entry's state is against the English it translates. */
export type EntryStatus = 'current' | 'missing' | 'stale' | 'unstamped';

/** The state of one entry: `current` when its `source` or `confirmed` fingerprint is the English's. */
export function getEntryStatus(entry: TranslationEntry | undefined, english: string): EntryStatus {
  if (entry === undefined) return 'missing';
  if (entry.source === undefined) return 'unstamped';
  const now = fingerprintText(english);
  return entry.source === now || entry.confirmed === now ? 'current' : 'stale';
}

/** Whether a reader of the language reviewed the entry's text as it stands now. */
export function isNativeReviewed(entry: TranslationEntry | undefined): boolean {
  return entry?.reviewed !== undefined && entry.reviewed.text === fingerprintText(entry.text);
}

/** Parses and validates one translation file's text; problems name the file and the JSON path. */
export function parseTranslationFile(
  text: string,
  fileName: string,
): { file?: TranslationFile; problems: Problem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = `not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
    return { problems: [{ file: fileName, path: '$', rule: 'json', message }] };
  }
  const result = TranslationFileSchema.safeParse(json);
  if (result.success) return { file: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({
      file: fileName,
      path: formatJsonPath(issue.path),
      rule: 'schema',
      message: issue.message,
    })),
  };
}

const pathOf = (collection: TranslatedCollection, id: string, field: string) =>
  formatJsonPath([collection, id, field]);

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * Every problem of one language's translations against `sources`: a missing, stale or unstamped entry,
 * an entry with no English left to translate, and letters written wrongly for the language (its row's
 * `letters`: Uzbek's quote marks for ʻ and ʼ).
 */
export function checkTranslations(
  sources: readonly SourceText[],
  file: TranslationFile,
  language: string | LanguageRow,
  fileName: string,
): Problem[] {
  const problems: Problem[] = [];
  const row = typeof language === 'string' ? getLanguageRow(language) : language;
  const { englishName: name, tag } = row;
  if (file.language !== tag)
    problems.push({
      file: fileName,
      path: '$.language',
      rule: 'translation-language',
      message: `must be "${tag}" (${name}), not "${file.language}"`,
    });
  const known = new Set<string>();
  for (const source of sources) {
    const key = formatTranslationKey(source);
    known.add(key);
    const entry = getTranslationEntry(file, source);
    const status = getEntryStatus(entry, source.text);
    const path = pathOf(source.collection, source.id, source.field);
    const now = fingerprintText(source.text);
    if (status === 'missing')
      problems.push({
        file: fileName,
        path,
        rule: 'translation-missing',
        message: `missing: no ${name} translation of ${key} ("${clip(source.text)}")`,
      });
    else if (status === 'unstamped')
      problems.push({
        file: fileName,
        path,
        rule: 'translation-unstamped',
        message: `${key} has no "source" fingerprint; run \`npm run i18n:stamp\` once it is translated`,
      });
    else if (status === 'stale')
      problems.push({
        file: fileName,
        path,
        rule: 'translation-stale',
        message:
          `stale: the English of ${key} changed since it was translated (was ${entry?.source}, now ${now}); ` +
          `update the text and run \`npm run i18n:stamp -- ${row.id} ${key}\`, or, if it still holds, ` +
          `confirm it: \`npm run i18n:confirm -- ${row.id} ${key}\``,
      });
  }
  for (const { collection, id, field, entry } of listTranslationEntries(file)) {
    const key = formatTranslationKey({ collection, id, field });
    if (!known.has(key))
      problems.push({
        file: fileName,
        path: pathOf(collection, id, field),
        rule: 'translation-orphan',
        message: `there is no English ${key} to translate (renamed or removed?)`,
      });
    const letters = row.letters.find((rule) => rule.pattern.test(entry.text));
    if (letters)
      problems.push({
        file: fileName,
        path: `${pathOf(collection, id, field)}.text`,
        rule: `${row.id}-letters`,
        message: `${key} ${letters.message}`,
      });
  }
  return problems;
}
