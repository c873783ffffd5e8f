/**
 * Rules that hold citations of the NATO page to the copy of it kept in `data/seed/`, build time only:
 * - the words a citation's link scrolls to (its passage, or its section's link text) occur exactly once
 *   in the page, so the link lands on the passage relied on and not on an earlier mention;
 * - the copy has lost the years of its milestones, so a date note may not blame the page for a year or
 *   date it does not give: it must say that the copy shows none.
 */

import type { Dataset } from '../model/dataset.ts';
import type { Problem } from '../model/problem.ts';
import { getFragmentText, isSeedSource, SEED_SECTIONS } from '../model/seed-page.ts';
import { DATA_FILES } from './files.ts';
import type { Source } from './schema.ts';

/**
 * The page's text by section: the introduction is what comes before the first heading; a heading is a
 * line holding only a section's name.
 */
export function splitSeedSections(seedText: string): Map<string, string> {
  const headings = new Set<string>(SEED_SECTIONS);
  const sections = new Map<string, string>();
  let current = 'Introduction';
  for (const line of seedText.split('\n')) {
    const name = line.replace(/^[\s•]+/, '').trim();
    if (headings.has(name)) {
      current = name;
      continue;
    }
    sections.set(current, `${sections.get(current) ?? ''}${line}\n`);
  }
  return sections;
}

/** Lower case, one space for each run of white space: how a text fragment matches. */
function foldForFragment(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}

/** How many times `needle` occurs in `haystack`, as a text fragment would find it. */
export function countFragmentMatches(haystack: string, needle: string): number {
  const text = foldForFragment(haystack);
  const words = foldForFragment(needle).trim();
  if (!words) return 0;
  let count = 0;
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) count++;
  return count;
}

/** Every citation of the NATO page, with where it is. */
function listSeedCitations(data: Dataset): { file: string; path: string; source: Source }[] {
  const out: { file: string; path: string; source: Source }[] = [];
  const add = (file: string, at: string, sources: readonly Source[] | undefined) => {
    (sources ?? []).forEach((source, j) => {
      if (isSeedSource(source)) out.push({ file, path: `${at}.sources[${j}]`, source });
    });
  };
  data.events.forEach((e, i) => {
    add(DATA_FILES.events, `$[${i}]`, e.sources);
  });
  data.programmes.forEach((p, i) => {
    add(DATA_FILES.programmes, `$[${i}]`, p.sources);
  });
  data.places.forEach((p, i) => {
    add(DATA_FILES.places, `$.features[${i}].properties`, p.sources);
  });
  add(DATA_FILES.route, '$', data.route.sources);
  data.route.stops.forEach((s, i) => {
    add(DATA_FILES.route, `$.stops[${i}]`, s.sources);
  });
  data.story.forEach((c, i) => {
    add(DATA_FILES.story, `$[${i}]`, c.sources);
  });
  return out;
}

/** A citation's link text occurs exactly once in the page. */
export function checkSeedLinkTexts(data: Dataset, seedText: string): Problem[] {
  return listSeedCitations(data).flatMap(({ file, path, source }) => {
    const text = getFragmentText(source);
    if (text === undefined) return [];
    const count = countFragmentMatches(seedText, text);
    if (count === 1) return [];
    const field = source.passage ? 'passage' : 'section';
    return [
      {
        file,
        path: `${path}.${field}`,
        rule: 'link-text-unique',
        message: `the link scrolls to "${text}", which occurs ${count} times in the NATO page (case ignored); it must occur exactly once, or the link lands elsewhere`,
      },
    ];
  });
}

/** Whether the copy's milestones have lost their years: no line of the section is a year. */
export function hasLostMilestoneYears(seedText: string): boolean {
  const milestones = splitSeedSections(seedText).get('Key milestones') ?? '';
  return !/^\s*(?:19|20)\d{2}\s*$/m.test(milestones);
}

/** A sentence that says the page itself gives no year or date, or dates its entries by year. */
const BLAMES_PAGE = [
  /\bpage\b[^.;]*\b(?:gives|has|states|shows)\b[^.;]*\b(?:no|not the|not a|without)\s+(?:year|date)s?\b/i,
  /\bpage\b[^.;]*\bbut\s+not\s+the\s+year\b/i,
  /\bpage\b[^.;]*\b(?:lists|puts|places)\b[^.;]*\bamong its (?:19|20)\d{2} entries\b/i,
];

/** Date notes of milestone events do not blame the page for the years its copy lost. */
export function checkLostYearNotes(data: Dataset, seedText: string): Problem[] {
  if (!hasLostMilestoneYears(seedText)) return [];
  const problems: Problem[] = [];
  data.events.forEach((event, i) => {
    const cites = event.sources.some((s) => isSeedSource(s) && s.section === 'Key milestones');
    if (!cites || !event.dateNote) return;
    for (const sentence of event.dateNote.split(/(?<=[.;])\s+/)) {
      if (/\bcopy\b/i.test(sentence) || !BLAMES_PAGE.some((re) => re.test(sentence))) continue;
      problems.push({
        file: DATA_FILES.events,
        path: `$[${i}].dateNote`,
        rule: 'lost-years-note',
        message: `"${sentence}" blames the NATO page for a year or date, but it is the copy kept here that lost the milestones' years: say that the copy of the page shows none`,
      });
    }
  });
  return problems;
}
