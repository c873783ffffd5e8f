import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COPY_RUN_WORDS,
  checkSeedCopying,
  checkSeedDates,
  findCopiedRun,
  indexSeedRuns,
  SEED_TEXT_FILE,
  splitSeedSections,
  toNormalisedWords,
} from '../../src/build/seed-text-checks.ts';
import { formatProblem } from '../../src/model/problem.ts';
import type { Fixture } from '../fixtures/dataset.ts';
import { at, eventsOf, loadFixtureDataset, programmesOf } from '../helpers.ts';

/** A page in the shape of the NATO page: an introduction, then headed sections. */
const PAGE = [
  'Relations with a partner',
  'The partner joined the council in 1994 and works with the Allies on a wide range of practical matters.',
  '  • Key areas of cooperation',
  '    Defence and security sector reform',
  '    In 2002 the partner joined the planning process, which aims at forces that can operate together.',
  '    Key milestones',
  '    The partner signs an agreement in April.',
].join('\n');

function datasetOf(mutate: (fixture: Fixture) => void) {
  return loadFixtureDataset(mutate);
}

/** Takes the year out of the chapter telling of the third event, so that event's date may move. */
function undateItsChapter(f: Fixture): void {
  const chapter = at(f.story as { text: string[] }[], 1);
  chapter.text[0] = at(chapter.text, 0).replace('In 2002', 'Then');
}

describe('no long copying from the NATO page', () => {
  it('compares words without case, punctuation or apostrophes', () => {
    expect(toNormalisedWords('NATO’s Secretary-General, “Jaap”!')).toEqual([
      'natos',
      'secretary',
      'general',
      'jaap',
    ]);
  });

  it(`finds the longest run of ${COPY_RUN_WORDS} or more words the page has too`, () => {
    const runs = indexSeedRuns(PAGE);
    expect(
      findCopiedRun(
        'Since then, the partner Works With The Allies on a wide range of practical matters too.',
        runs,
      ),
    ).toBe('works with the allies on a wide range of practical matters');
    expect(
      findCopiedRun('The partner works with the Allies on a broad range of practical matters.', runs),
    ).toBeNull();
  });

  it('reports a summary, a story paragraph and a route narrative that copy the page', () => {
    const copied =
      'In 2002 the partner joined the planning process, which aims at forces that can operate together.';
    const dataset = datasetOf((f) => {
      at(eventsOf(f), 2).summary = copied;
      const chapter = at(f.story as { text: string[] }[], 1);
      chapter.text[0] = `${copied} ${chapter.text[0]}`;
      f.route.stops[0] = { ...at(f.route.stops, 0), narrative: copied };
    });
    const problems = checkSeedCopying(dataset, PAGE);
    expect(problems.map((p) => `${p.file} ${p.path} ${p.rule}`)).toEqual([
      'data/events.json $[2].summary seed-copy',
      'data/route.json $.stops[0].narrative seed-copy',
      'data/story.json $[1].text[0] seed-copy',
    ]);
    expect(problems[0]?.message).toBe(
      'shares 16 consecutive words with the NATO page ("in 2002 the partner joined the planning process which aims at forces that can operate together"); write it in the atlas\'s own words',
    );
  });

  it('lets titles and programme names quote the page', () => {
    const dataset = datasetOf((f) => {
      at(eventsOf(f), 0).title = 'The partner works with the Allies on a wide range of practical matters';
      at(programmesOf(f), 0).name = 'The partner works with the Allies on a wide range of practical matters';
    });
    expect(checkSeedCopying(dataset, PAGE)).toEqual([]);
  });

  it('finds nothing copied in the atlas’s own data', () => {
    // The project's data is checked against the real page by the build; here the fixture against it.
    const page = readFileSync(join(import.meta.dirname, '../..', SEED_TEXT_FILE), 'utf8');
    expect(checkSeedCopying(loadFixtureDataset(), page).map(formatProblem)).toEqual([]);
  });
});

describe('a date from the page is one the page states', () => {
  it('splits the page into its sections by their headings', () => {
    const sections = splitSeedSections(PAGE);
    expect([...sections.keys()]).toEqual([
      'Introduction',
      'Defence and security sector reform',
      'Key milestones',
    ]);
    expect(sections.get('Key milestones')).toContain('agreement in April');
  });

  it('accepts a year and a month stated in the sections cited', () => {
    const dataset = datasetOf((f) => {
      const event = at(eventsOf(f), 2);
      event.sources = [
        { source: 'seed-page', section: 'Key milestones' },
        { source: 'seed-page', section: 'Defence and security sector reform' },
      ];
      event.date = { year: 2002, month: 4 };
    });
    expect(checkSeedDates(dataset, PAGE)).toEqual([]);
  });

  it('reports a year the cited section does not state, with no note', () => {
    const dataset = datasetOf((f) => {
      undateItsChapter(f);
      at(eventsOf(f), 2).date = { year: 2003 };
    });
    expect(checkSeedDates(dataset, PAGE)).toEqual([
      {
        file: 'data/events.json',
        path: '$[2].date',
        rule: 'seed-date',
        message:
          'the date is said to come from the NATO page, but the sections cited do not state its year 2003; cite the section that does, give that part another basis, or say in dateNote how the page implies it',
      },
    ]);
  });

  it('reports a day the page does not give unless its own basis says where it comes from', () => {
    const broken = datasetOf((f) => {
      at(eventsOf(f), 2).date = { year: 2002, month: 4, day: 13 };
      at(eventsOf(f), 2).sources[0] = {
        ...at(eventsOf(f), 2).sources[0],
        section: 'Key milestones',
      } as never;
    });
    expect(checkSeedDates(broken, PAGE).map((p) => p.message)).toEqual([
      expect.stringContaining('do not state its year 2002, day 13;'),
    ]);
    const said = datasetOf((f) => {
      at(eventsOf(f), 2).date = { year: 2002, month: 4, day: 13 };
      at(eventsOf(f), 2).partBases = { day: 'external' };
      at(eventsOf(f), 2).sources[0] = { source: 'seed-page', section: 'Defence and security sector reform' };
      at(eventsOf(f), 2).sources.push({ source: 'seed-page', section: 'Key milestones' });
    });
    expect(checkSeedDates(said, PAGE)).toEqual([]);
  });

  it('accepts a date the page only implies when the note says how', () => {
    const dataset = datasetOf((f) => {
      undateItsChapter(f);
      at(eventsOf(f), 2).date = { year: 2016, approximate: true };
      at(eventsOf(f), 2).dateNote = 'Described as current on the page updated in March 2016.';
    });
    expect(checkSeedDates(dataset, PAGE)).toEqual([]);
  });
});
