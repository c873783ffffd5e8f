/**
 * Translators' tool for data/i18n/.
 *
 *   npm run i18n:status [-- <lang>]          lists missing, stale and unstamped entries, with the English,
 *                                            then the texts no reader of the language has reviewed
 *   npm run i18n:stamp [-- <lang> [key…]]    records the English fingerprint: for every entry without one,
 *                                            or, given keys, for those entries after their text was updated
 *   npm run i18n:confirm -- <lang> <key…>    marks stale entries as checked against the English as it is now
 *   npm run i18n:review -- <lang> <n> <key…> records that native review <n> read these texts as they stand
 *
 * A key is `collection/id/field`, as the data check prints it, e.g. `events/joins-nacc/title`.
 * The project root is the working directory, or `ATLAS_ROOT` when set.
 */
import { fingerprintText } from '../src/build/fingerprint.ts';
import { getEntryStatus, isNativeReviewed } from '../src/build/translation-check.ts';
import {
  formatTranslationKey,
  getTranslationEntry,
  getTranslationFile,
  type SourceText,
} from '../src/build/translations.ts';
import { listUnreviewedMessages } from './interface-review.ts';
import { validateProjectData } from './project-data.ts';
import { checkProjectTranslations, LANGUAGES, writeTranslationFile } from './project-translations.ts';

const root = process.env.ATLAS_ROOT ?? process.cwd();
const [command, languageArg, ...keys] = process.argv.slice(2);

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function parseLanguage(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (LANGUAGES.includes(value)) return value;
  fail(`unknown language "${value}"; expected one of ${LANGUAGES.join(', ')}`);
}

const data = validateProjectData(root);
if (!data.dataset) fail('the data does not load; run `npm run check:data` to see why');
const { sources, files } = checkProjectTranslations(root, data.dataset);
const language = parseLanguage(languageArg);
const languages = language ? [language] : LANGUAGES;
const sourceByKey = new Map(sources.map((s) => [formatTranslationKey(s), s]));

function getSource(key: string): SourceText {
  return sourceByKey.get(key) ?? fail(`no English text has the key ${key}`);
}

function printStatus(): void {
  let open = 0;
  const unreviewed: string[] = [];
  for (const lang of languages) {
    const file = files[lang];
    if (!file) fail(`${getTranslationFile(lang)} cannot be read; run \`npm run check:data\` to see why`);
    const counts = { current: 0, missing: 0, stale: 0, unstamped: 0, reviewed: 0 };
    for (const source of sources) {
      const entry = getTranslationEntry(file, source);
      const status = getEntryStatus(entry, source.text);
      counts[status]++;
      if (entry && isNativeReviewed(entry)) counts.reviewed++;
      else if (entry)
        unreviewed.push(`${lang} unreviewed ${formatTranslationKey(source)}\n    ${lang}: ${entry.text}`);
      if (status === 'current') continue;
      open++;
      console.log(`${lang} ${status.padEnd(9)} ${formatTranslationKey(source)}`);
      console.log(`    en: ${source.text}`);
      if (entry) console.log(`    ${lang}: ${entry.text}`);
    }
    console.log(
      `${lang}: ${counts.current} of ${sources.length} current, ${counts.missing} missing, ` +
        `${counts.stale} stale, ${counts.unstamped} unstamped; ${counts.reviewed} reviewed by a reader of the language`,
    );
  }
  // Not a failure: a text waits for the next native review, and the list is that review's brief.
  for (const line of unreviewed) console.log(line);
  for (const lang of languages) {
    const keys = listUnreviewedMessages(lang);
    for (const key of keys) console.log(`${lang} unreviewed interface ${key}`);
    console.log(
      `${lang}: ${unreviewed.filter((l) => l.startsWith(`${lang} `)).length} content and ${keys.length} interface texts unreviewed`,
    );
  }
  if (open > 0) process.exitCode = 1;
}

function recordReview(): void {
  const [reviewArg, ...reviewKeys] = keys;
  const review = Number(reviewArg);
  if (!language || !Number.isInteger(review) || review < 1 || reviewKeys.length === 0)
    fail('usage: npm run i18n:review -- <lang> <review number> <key…>');
  const file = files[language] ?? fail(`${getTranslationFile(language)} cannot be read`);
  for (const key of reviewKeys) {
    const entry = getTranslationEntry(file, getSource(key));
    if (!entry) fail(`${language} has no translation of ${key} to mark reviewed`);
    entry.reviewed = { review, text: fingerprintText(entry.text) };
  }
  writeTranslationFile(root, language, file);
  console.log(
    `marked ${reviewKeys.length} entr${reviewKeys.length === 1 ? 'y' : 'ies'} reviewed in review ${review}`,
  );
}

function stamp(mode: 'source' | 'confirmed'): void {
  if (mode === 'confirmed' && (!language || keys.length === 0))
    fail('usage: npm run i18n:confirm -- <lang> <key…>');
  let changed = 0;
  for (const lang of languages) {
    const file = files[lang];
    if (!file) fail(`${getTranslationFile(lang)} cannot be read; run \`npm run check:data\` to see why`);
    const targets = keys.length > 0 ? keys.map(getSource) : sources;
    for (const source of targets) {
      const entry = getTranslationEntry(file, source);
      if (!entry) {
        if (keys.length > 0) fail(`${lang} has no translation of ${formatTranslationKey(source)} to stamp`);
        continue;
      }
      const now = fingerprintText(source.text);
      if (mode === 'confirmed') entry.confirmed = now;
      else if (keys.length > 0) {
        entry.source = now;
        delete entry.confirmed;
      } else if (entry.source === undefined) entry.source = now;
      else continue;
      changed++;
    }
    writeTranslationFile(root, lang, file);
  }
  console.log(
    `${mode === 'confirmed' ? 'confirmed' : 'stamped'} ${changed} entr${changed === 1 ? 'y' : 'ies'}`,
  );
}

if (command === 'status') printStatus();
else if (command === 'stamp') stamp('source');
else if (command === 'confirm') stamp('confirmed');
else if (command === 'review') recordReview();
else fail('usage: tsx scripts/i18n.ts status|stamp|confirm|review [<lang> [key…]]');
