import { describe, expect, it } from 'vitest';
import {
  checkLostYearNotes,
  checkSeedLinkTexts,
  countFragmentMatches,
  hasLostMilestoneYears,
} from '../../src/build/seed-link-checks.ts';
import { encodeFragmentText, linkCitation, SECTION_LINK_TEXT } from '../../src/model/seed-page.ts';
import { at, eventsOf, loadFixtureDataset } from '../helpers.ts';

/** A page in the shape of the NATO page whose milestones have lost their years, as the kept copy has. */
const PAGE = [
  'Relations with a partner',
  'Other areas include education, civil emergency planning and science.',
  '  • Key areas of cooperation',
  '    Civil emergency planning',
  '    Civil emergency planning and disaster-relief coordination are significant areas of cooperation.',
  '    Key milestones',
  '    The partner signs an agreement.',
  '    In January, the president visits NATO Headquarters.',
].join('\n');

describe('links to the NATO page land on the words relied on', () => {
  it('counts matches as a text fragment does: case and spacing ignored', () => {
    expect(countFragmentMatches(PAGE, 'civil emergency planning')).toBe(3);
    expect(countFragmentMatches(PAGE, SECTION_LINK_TEXT['Civil emergency planning'] ?? '')).toBe(1);
  });

  it('reports a section whose name occurs more than once, naming file, path and rule', () => {
    const dataset = loadFixtureDataset((f) => {
      const event = at(eventsOf(f), 2);
      event.sources[0] = {
        source: 'seed-page',
        section: 'Civil emergency planning',
        passage: 'civil emergency planning',
      };
      event.themes.push('civil-emergency-planning');
    });
    expect(checkSeedLinkTexts(dataset, PAGE)).toEqual([
      {
        file: 'data/events.json',
        path: '$[2].sources[0].passage',
        rule: 'link-text-unique',
        message:
          'the link scrolls to "civil emergency planning", which occurs 3 times in the NATO page (case ignored); it must occur exactly once, or the link lands elsewhere',
      },
    ]);
  });

  it('accepts the section once its link text is unique', () => {
    const dataset = loadFixtureDataset((f) => {
      const event = at(eventsOf(f), 2);
      event.sources[0] = { source: 'seed-page', section: 'Civil emergency planning' };
      event.themes.push('civil-emergency-planning');
    });
    expect(checkSeedLinkTexts(dataset, PAGE).filter((p) => p.path === '$[2].sources[0].section')).toEqual([]);
  });

  it('writes "-" in a fragment as %2D, since it is fragment syntax', () => {
    expect(encodeFragmentText('disaster-relief')).toBe('disaster%2Drelief');
    expect(linkCitation('https://example.org/p', { section: 'Civil emergency planning' })).toBe(
      'https://example.org/p#:~:text=Civil%20emergency%20planning%20and%20disaster%2Drelief%20coordination',
    );
  });
});

describe('date notes and the years the copy lost', () => {
  it('knows the copy has lost its milestone years', () => {
    expect(hasLostMilestoneYears(PAGE)).toBe(true);
    expect(
      hasLostMilestoneYears(PAGE.replace('    The partner signs', '    1994\n    The partner signs')),
    ).toBe(false);
  });

  it('reports a note that says the page gives no year, naming file, path and rule', () => {
    const dataset = loadFixtureDataset((f) => {
      at(eventsOf(f), 1).dateNote =
        'The NATO page gives the month (January) but not the year; the rest is from news.';
    });
    expect(checkLostYearNotes(dataset, PAGE)).toEqual([
      {
        file: 'data/events.json',
        path: '$[1].dateNote',
        rule: 'lost-years-note',
        message:
          '"The NATO page gives the month (January) but not the year;" blames the NATO page for a year or date, but it is the copy kept here that lost the milestones\' years: say that the copy of the page shows none',
      },
    ]);
  });

  it('reports a note that dates the page’s entries by a year the copy does not show', () => {
    const dataset = loadFixtureDataset((f) => {
      at(eventsOf(f), 1).dateNote = 'The page lists the opening among its 2013 entries.';
    });
    expect(checkLostYearNotes(dataset, PAGE).map((p) => p.rule)).toEqual(['lost-years-note']);
  });

  it('accepts a note that says the copy shows none', () => {
    const dataset = loadFixtureDataset((f) => {
      at(eventsOf(f), 1).dateNote =
        'The copy of the page used here shows no date (its milestone years are lost).';
    });
    expect(checkLostYearNotes(dataset, PAGE)).toEqual([]);
  });
});
