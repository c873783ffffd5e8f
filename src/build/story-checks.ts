/**
 * Rules for the guided story: every chapter names events and places the atlas has, says no date its
 * events do not cover, the chapters run in date order, none is empty, and each is long enough to tell something and short enough to read beside
 * the map.
 */

import type { Dataset } from '../model/dataset.ts';
import { getDateSpan } from '../model/dates.ts';
import type { Problem } from '../model/problem.ts';
import { DATA_FILES } from './files.ts';

/** Fewest and most words a chapter's text may have. */
export const CHAPTER_WORDS = { min: 60, max: 150 } as const;

const file = DATA_FILES.story;

/** Words in a chapter's paragraphs, counted on white space. */
export function countChapterWords(text: readonly string[]): number {
  return text.reduce((sum, paragraph) => sum + paragraph.split(/\s+/).filter(Boolean).length, 0);
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December'.split(
  '|',
);
const DATED = new RegExp(`\\b(?:(${MONTHS.join('|')})\\s+)?(1[89]\\d\\d|20\\d\\d)\\b`, 'g');

/** Every date a text states ("1994", "April 2013") as the span it means, in fractional years. */
export function findStatedDates(text: string): { text: string; start: number; end: number }[] {
  return [...text.matchAll(DATED)].map((match) => {
    const year = Number(match[2]);
    const month = match[1] ? MONTHS.indexOf(match[1]) : -1;
    return month === -1
      ? { text: match[0], start: year, end: year + 1 }
      : { text: match[0], start: year + month / 12, end: year + (month + 1) / 12 };
  });
}

/** Reports unknown references, reversed periods, chapters out of order, empty or badly sized chapters. */
export function runStoryChecks(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  const placeIds = new Set(data.places.map((p) => p.id));
  const eventIds = new Set(data.events.map((e) => e.id));
  const seen = new Map<string, number>();
  const ref = (path: string, id: string, known: Set<string>, what: string) => {
    if (!known.has(id))
      problems.push({ file, path, rule: 'reference', message: `no ${what} has id "${id}"` });
  };
  const spanById = new Map(data.events.map((e) => [e.id, getDateSpan(e.date)]));
  data.story.forEach((chapter, i) => {
    // A chapter says no more than its events: every date it states falls within one of theirs.
    // A chapter with no event is reported as such below, not once per date.
    const spans = chapter.eventIds.flatMap((id) => spanById.get(id) ?? []);
    if (chapter.eventIds.length > 0)
      chapter.text.forEach((paragraph, j) => {
        for (const stated of findStatedDates(paragraph)) {
          if (spans.some((span) => stated.start < span.end && span.start < stated.end)) continue;
          problems.push({
            file,
            path: `$[${i}].text[${j}]`,
            rule: 'story-date',
            message: `states "${stated.text}", a date none of the chapter's events covers`,
          });
        }
      });
    const first = seen.get(chapter.id);
    if (first === undefined) seen.set(chapter.id, i);
    else
      problems.push({
        file,
        path: `$[${i}].id`,
        rule: 'unique-id',
        message: `id "${chapter.id}" is already used at $[${first}].id`,
      });
    chapter.eventIds.forEach((id, j) => {
      ref(`$[${i}].eventIds[${j}]`, id, eventIds, 'event');
    });
    chapter.placeIds.forEach((id, j) => {
      ref(`$[${i}].placeIds[${j}]`, id, placeIds, 'place');
    });
    chapter.camera.fit.forEach((id, j) => {
      ref(`$[${i}].camera.fit[${j}]`, id, placeIds, 'place');
    });
    if (chapter.eventIds.length === 0 && chapter.placeIds.length === 0)
      problems.push({
        file,
        path: `$[${i}]`,
        rule: 'story-empty',
        message: 'a chapter must name at least one event or place',
      });
    if (chapter.period.from > chapter.period.to)
      problems.push({
        file,
        path: `$[${i}].period`,
        rule: 'story-period',
        message: `the period ends (${chapter.period.to}) before it starts (${chapter.period.from})`,
      });
    const previous = data.story[i - 1];
    if (previous && previous.period.from > chapter.period.from)
      problems.push({
        file,
        path: `$[${i}].period.from`,
        rule: 'story-order',
        message: `starts in ${chapter.period.from}, before the chapter above it (${previous.period.from})`,
      });
    const words = countChapterWords(chapter.text);
    if (words < CHAPTER_WORDS.min || words > CHAPTER_WORDS.max)
      problems.push({
        file,
        path: `$[${i}].text`,
        rule: 'story-length',
        message: `has ${words} words; a chapter has ${CHAPTER_WORDS.min} to ${CHAPTER_WORDS.max}`,
      });
  });
  return problems;
}
