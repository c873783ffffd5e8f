/**
 * Rules for the guided story: every chapter names events and places the atlas has, the chapters run in
 * date order, none is empty, and each is long enough to tell something and short enough to read beside
 * the map.
 */
import { DATA_FILES } from './files.ts';
import type { Dataset } from './load.ts';
import type { Problem } from './problem.ts';

/** Fewest and most words a chapter's text may have. */
export const CHAPTER_WORDS = { min: 60, max: 150 } as const;

const file = DATA_FILES.story;

/** Words in a chapter's paragraphs, counted on white space. */
export function countChapterWords(text: readonly string[]): number {
  return text.reduce((sum, paragraph) => sum + paragraph.split(/\s+/).filter(Boolean).length, 0);
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
  data.story.forEach((chapter, i) => {
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
