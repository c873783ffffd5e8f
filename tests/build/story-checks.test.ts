import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/build/load.ts';
import type { Chapter } from '../../src/build/schema.ts';
import { CHAPTER_WORDS, countChapterWords, findStatedDates } from '../../src/build/story-checks.ts';
import { formatProblem, type Problem } from '../../src/model/problem.ts';
import { breakFixture, createFixture, type Fixture, toRawFiles } from '../fixtures/dataset.ts';
import { at } from '../helpers.ts';

const STORY = 'data/story.json';
const chaptersOf = (f: Fixture) => f.story as Chapter[];

function problemsOf(mutate: (fixture: Fixture) => void): Problem[] {
  const result = loadDataset(breakFixture(mutate));
  if (result.ok) throw new Error('expected the broken fixture to be rejected');
  return result.problems;
}

function expectProblems(mutate: (fixture: Fixture) => void, expected: Problem[]): void {
  const problems = problemsOf(mutate);
  expect(problems, problems.map(formatProblem).join('\n')).toEqual(expected);
}

describe('the story', () => {
  it('loads from the fixture with its chapters in order', () => {
    const result = loadDataset(toRawFiles(createFixture()));
    expect(result.ok ? result.dataset.story.map((c) => c.id) : result.problems).toEqual([
      'beginnings',
      'planning',
    ]);
  });

  it('counts words on white space', () => {
    expect(countChapterWords(['one two  three', ' four\nfive '])).toBe(5);
  });

  it('reports a schema problem with its path', () => {
    expect(
      problemsOf((f) => {
        at(chaptersOf(f), 0).text = [];
      }),
    ).toEqual([
      { file: STORY, path: '$[0].text', rule: 'schema', message: 'a chapter needs at least one paragraph' },
    ]);
  });

  it('reports an unknown event, place and camera place', () => {
    expectProblems(
      (f) => {
        const chapter = at(chaptersOf(f), 1);
        chapter.eventIds.push('no-such-event');
        chapter.placeIds.push('chicago');
        chapter.camera.fit = ['atlantis'];
      },
      [
        {
          file: STORY,
          path: '$[1].eventIds[1]',
          rule: 'reference',
          message: 'no event has id "no-such-event"',
        },
        { file: STORY, path: '$[1].placeIds[2]', rule: 'reference', message: 'no place has id "chicago"' },
        { file: STORY, path: '$[1].camera.fit[0]', rule: 'reference', message: 'no place has id "atlantis"' },
      ],
    );
  });

  it('reports a duplicate chapter id', () => {
    expectProblems(
      (f) => {
        at(chaptersOf(f), 1).id = 'beginnings';
      },
      [
        {
          file: STORY,
          path: '$[1].id',
          rule: 'unique-id',
          message: 'id "beginnings" is already used at $[0].id',
        },
      ],
    );
  });

  it('reports chapters out of date order', () => {
    expectProblems(
      (f) => {
        chaptersOf(f).reverse();
      },
      [
        {
          file: STORY,
          path: '$[1].period.from',
          rule: 'story-order',
          message: 'starts in 1994, before the chapter above it (2002)',
        },
      ],
    );
  });

  it('reports a period that ends before it starts', () => {
    expectProblems(
      (f) => {
        at(chaptersOf(f), 0).period = { from: 1994, to: 1993 };
      },
      [
        {
          file: STORY,
          path: '$[0].period',
          rule: 'story-period',
          message: 'the period ends (1993) before it starts (1994)',
        },
      ],
    );
  });

  it('reports a chapter that names no event and no place', () => {
    expectProblems(
      (f) => {
        const chapter = at(chaptersOf(f), 1);
        chapter.eventIds = [];
        chapter.placeIds = [];
      },
      [
        {
          file: STORY,
          path: '$[1]',
          rule: 'story-empty',
          message: 'a chapter must name at least one event or place',
        },
      ],
    );
  });

  it('reports a chapter too short and one too long', () => {
    expectProblems(
      (f) => {
        at(chaptersOf(f), 0).text = ['Too short.'];
        at(chaptersOf(f), 1).text = [Array.from({ length: CHAPTER_WORDS.max + 1 }, () => 'word').join(' ')];
      },
      [
        {
          file: STORY,
          path: '$[0].text',
          rule: 'story-length',
          message: 'has 2 words; a chapter has 60 to 150',
        },
        {
          file: STORY,
          path: '$[1].text',
          rule: 'story-length',
          message: 'has 151 words; a chapter has 60 to 150',
        },
      ],
    );
  });
});

describe('chapters say no more than their events', () => {
  it('finds the dates a text states, to the month where it names one', () => {
    expect(findStatedDates('In April 2013 it agrees; in 2014 a library opens; 164 activities.')).toEqual([
      { text: 'April 2013', start: 2013 + 3 / 12, end: 2013 + 4 / 12 },
      { text: '2014', start: 2014, end: 2015 },
    ]);
  });

  it('reports a year that none of the chapter’s events covers', () => {
    expectProblems(
      (f) => {
        at(chaptersOf(f), 1).text[0] = `In 2013 the office moves. ${at(chaptersOf(f), 1).text[0]}`;
      },
      [
        {
          file: STORY,
          path: '$[1].text[0]',
          rule: 'story-date',
          message: 'states "2013", a date none of the chapter\'s events covers',
        },
      ],
    );
  });

  it('reports a month outside the event it tells of', () => {
    expectProblems(
      (f) => {
        // The chapter's first event is 13 July 1994; its second spans 1994–1996.
        at(chaptersOf(f), 0).eventIds = ['joins-pfp'];
        at(chaptersOf(f), 0).text[0] = `In March 1994 the country joins. ${at(chaptersOf(f), 0).text[0]}`;
      },
      [
        {
          file: STORY,
          path: '$[0].text[0]',
          rule: 'story-date',
          message: 'states "March 1994", a date none of the chapter\'s events covers',
        },
      ],
    );
  });
});
