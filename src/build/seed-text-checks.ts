/**
 * Rules that need the NATO page's own words (kept in `SEED_TEXT_FILE`, read at build and check time,
 * never shipped): no text copies a long run of the page, and a date said to come from the page is one
 * the page states, or its note says how the page implies it.
 */

import type { Dataset } from '../model/dataset.ts';
import type { Problem } from '../model/problem.ts';
import { isSeedSource } from '../model/seed-page.ts';
import { DATA_FILES } from './files.ts';
import type { AtlasEvent } from './schema.ts';
import { checkLostYearNotes, checkSeedLinkTexts, splitSeedSections } from './seed-link-checks.ts';

/** The page's text as of 3 March 2016, relative to the project root. */
export { splitSeedSections } from './seed-link-checks.ts';

export const SEED_TEXT_FILE = 'data/seed/relations-with-uzbekistan-2016-03-03.txt';

/** The shortest run of consecutive words shared with the page that counts as copying. */
export const COPY_RUN_WORDS = 10;

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Words of a text, lower case, with punctuation (apostrophes and hyphens included) dropped. */
export function toNormalisedWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’ʼ‘]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Every run of `COPY_RUN_WORDS` words in the page, for lookup. */
export function indexSeedRuns(seedText: string): Set<string> {
  const words = toNormalisedWords(seedText);
  const runs = new Set<string>();
  for (let i = 0; i + COPY_RUN_WORDS <= words.length; i++)
    runs.add(words.slice(i, i + COPY_RUN_WORDS).join(' '));
  return runs;
}

/** The longest run of the text's words that the page has too, when it is `COPY_RUN_WORDS` or longer. */
export function findCopiedRun(text: string, seedRuns: Set<string>): string | null {
  const words = toNormalisedWords(text);
  let best: [number, number] | null = null;
  let i = 0;
  while (i + COPY_RUN_WORDS <= words.length) {
    if (!seedRuns.has(words.slice(i, i + COPY_RUN_WORDS).join(' '))) {
      i++;
      continue;
    }
    let end = i + COPY_RUN_WORDS;
    while (end < words.length && seedRuns.has(words.slice(end - COPY_RUN_WORDS + 1, end + 1).join(' ')))
      end++;
    if (!best || end - i > best[1] - best[0]) best = [i, end];
    i = end;
  }
  return best ? words.slice(best[0], best[1]).join(' ') : null;
}

/** Every text field written in the atlas's own words (titles and programme names may quote the page). */
function listOwnWords(data: Dataset): { file: string; path: string; text: string }[] {
  const fields: { file: string; path: string; text: string }[] = [];
  const add = (file: string, path: string, text: string | undefined) => {
    if (text !== undefined) fields.push({ file, path, text });
  };
  data.events.forEach((event, i) => {
    add(DATA_FILES.events, `$[${i}].summary`, event.summary);
    add(DATA_FILES.events, `$[${i}].dateNote`, event.dateNote);
  });
  data.programmes.forEach((programme, i) => {
    add(DATA_FILES.programmes, `$[${i}].summary`, programme.summary);
    add(DATA_FILES.programmes, `$[${i}].dateNote`, programme.dateNote);
  });
  data.places.forEach((place, i) => {
    add(DATA_FILES.places, `$.features[${i}].properties.summary`, place.summary);
  });
  add(DATA_FILES.route, '$.summary', data.route.summary);
  data.route.stops.forEach((stop, i) => {
    add(DATA_FILES.route, `$.stops[${i}].narrative`, stop.narrative);
  });
  data.story.forEach((chapter, i) => {
    chapter.text.forEach((paragraph, j) => {
      add(DATA_FILES.story, `$[${i}].text[${j}]`, paragraph);
    });
  });
  return fields;
}

/** Reports every own-words field that shares a run of `COPY_RUN_WORDS` or more words with the page. */
export function checkSeedCopying(data: Dataset, seedText: string): Problem[] {
  const runs = indexSeedRuns(seedText);
  return listOwnWords(data).flatMap(({ file, path, text }) => {
    const run = findCopiedRun(text, runs);
    if (!run) return [];
    const count = run.split(' ').length;
    return [
      {
        file,
        path,
        rule: 'seed-copy',
        message: `shares ${count} consecutive words with the NATO page ("${run}"); write it in the atlas's own words`,
      },
    ];
  });
}

/** The parts of an event's start date that its bases say come from the page. */
function listSeedParts(event: AtlasEvent): { part: string; value: string }[] {
  const parts: { part: string; value: string }[] = [];
  if (event.dateBasis !== 'seed') return parts;
  parts.push({ part: 'year', value: String(event.date.year) });
  const bases = event.partBases ?? {};
  const month = event.date.month;
  if (month !== undefined && (bases.month ?? 'seed') === 'seed')
    parts.push({ part: 'month', value: MONTH_NAMES[month - 1] ?? String(month) });
  if (event.date.day !== undefined && (bases.day ?? 'seed') === 'seed')
    parts.push({ part: 'day', value: String(event.date.day) });
  return parts;
}

/**
 * An event dated by the page (`dateBasis` `seed`) has each part of its date that the page is said to
 * give in the text of a section it cites; where the page only implies the date (a present tense, an
 * order of paragraphs), `dateNote` must say how.
 */
export function checkSeedDates(data: Dataset, seedText: string): Problem[] {
  const sections = splitSeedSections(seedText);
  const problems: Problem[] = [];
  data.events.forEach((event, i) => {
    if (event.dateNote !== undefined) return;
    const cited = event.sources
      .filter(isSeedSource)
      .map((source) => sections.get(source.section ?? '') ?? '')
      .join('\n');
    const words = new Set(toNormalisedWords(cited));
    const missing = listSeedParts(event).filter(({ value }) => !words.has(value.toLowerCase()));
    if (missing.length === 0) return;
    const what = missing.map(({ part, value }) => `${part} ${value}`).join(', ');
    problems.push({
      file: DATA_FILES.events,
      path: `$[${i}].date`,
      rule: 'seed-date',
      message: `the date is said to come from the NATO page, but the sections cited do not state its ${what}; cite the section that does, give that part another basis, or say in dateNote how the page implies it`,
    });
  });
  return problems;
}

/** Every rule that reads the page's text (the link and lost-year rules are in `seed-link-checks.ts`). */
export function runSeedTextChecks(data: Dataset, seedText: string): Problem[] {
  return [
    ...checkSeedCopying(data, seedText),
    ...checkSeedDates(data, seedText),
    ...checkSeedLinkTexts(data, seedText),
    ...checkLostYearNotes(data, seedText),
  ];
}
