import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/build/load.ts';
import { findOpeningClaims } from '../../src/build/passage-date-checks.ts';
import { formatProblem, type Problem } from '../../src/model/problem.ts';
import type { Fixture } from '../fixtures/dataset.ts';
import { breakFixture } from '../fixtures/dataset.ts';
import { at, eventsOf, programmesOf, stopsOf } from '../helpers.ts';

function problemsOf(mutate: (fixture: Fixture) => void): Problem[] {
  const result = loadDataset(breakFixture(mutate));
  return result.ok ? [] : result.problems;
}

/** The PfP programme cites the report, whose passage states that the programme ended in June 2010. */
function citeAnEnd(f: Fixture): void {
  at(programmesOf(f), 0).sources.push({
    source: 'news-1994',
    passage: 'the programme comes to an end in June 2010',
    states: { end: { year: 2010, month: 6 } },
  });
}

describe('what a cited passage states', () => {
  it('holds a programme to the end its passage states, naming file, path and rule', () => {
    expect(problemsOf(citeAnEnd)).toEqual([
      {
        file: 'data/programmes.json',
        path: '$[0].sources[1].states.end',
        rule: 'passage-end',
        message:
          'the passage cited states that the programme ended in june 2010, so until must be 2010 (it is not set)',
      },
    ]);
  });

  it('accepts the programme once it carries that end', () => {
    const problems = problemsOf((f) => {
      citeAnEnd(f);
      at(programmesOf(f), 0).until = 2010;
    });
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('holds an event to the date its passage states', () => {
    const problems = problemsOf((f) => {
      const source = at(at(eventsOf(f), 0).sources, 1);
      source.states = { date: { year: 1994, month: 8, day: 2 } };
    });
    expect(problems).toEqual([
      {
        file: 'data/events.json',
        path: '$[0].sources[1].states.date',
        rule: 'passage-date',
        message:
          "the passage cited states 2 august 1994, which is neither the event's date nor within its span",
      },
    ]);
  });
});

describe('claims about when something opened', () => {
  it('finds the dated clauses of opening sentences, and which say "opened"', () => {
    expect(
      findOpeningClaims(
        'Main city. The railway, open since the end of 2011, ends here. A first train ran in December 2011 and it opens to traffic in February 2012.',
      ).map((c) => [c.clause, c.opened, c.dates]),
    ).toEqual([
      ['open since the end of 2011', true, [{ year: 2011 }]],
      ['A first train ran in December 2011', false, [{ year: 2011, month: 12 }]],
      ['it opens to traffic in February 2012.', true, [{ year: 2012, month: 2 }]],
    ]);
  });

  it('reports the railway opening in another year than its event, naming file, path and rule', () => {
    const problems = problemsOf((f) => {
      at(stopsOf(f), 2).narrative = 'The border. A railway from here has been open since the end of 2001.';
    });
    expect(problems).toEqual([
      {
        file: 'data/route.json',
        path: '$.stops[2].narrative',
        rule: 'opening-claim',
        message:
          '"A railway from here has been open since the end of 2001." says when something opened (2001), but no event it is tied to and no passage it cites states an opening on that date: tie it to the event that dates it or cite the passage',
      },
    ]);
  });

  it('accepts it when a passage it cites states that opening', () => {
    const problems = problemsOf((f) => {
      at(stopsOf(f), 2).narrative = 'The border. A railway from here has been open since the end of 2001.';
      (at(stopsOf(f), 2) as { sources?: unknown[] }).sources = [
        { source: 'news-1994', states: { date: { year: 2001 }, opening: true } },
      ];
    });
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('does not let a trial run back a claim that the line opened', () => {
    const problems = problemsOf((f) => {
      at(stopsOf(f), 2).narrative = 'The border. A railway from here has been open since the end of 2001.';
      (at(stopsOf(f), 2) as { sources?: unknown[] }).sources = [
        { source: 'news-1994', states: { date: { year: 2001, month: 12 } } },
      ];
    });
    expect(problems.map((p) => p.rule)).toEqual(['opening-claim']);
  });
});
