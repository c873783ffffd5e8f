import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/build/load.ts';
import { formatProblem, type Problem } from '../../src/model/problem.ts';
import type { Fixture } from '../fixtures/dataset.ts';
import { breakFixture } from '../fixtures/dataset.ts';
import { at, sourcesOf } from '../helpers.ts';

const SOURCES = 'data/sources.json';
const ARCHIVE = 'https://web.archive.org/web/19940801000000/https://example.org/1994';

function problemsOf(mutate: (fixture: Fixture) => void): Problem[] {
  const result = loadDataset(breakFixture(mutate));
  return result.ok ? [] : result.problems;
}

describe('the register of sources', () => {
  it('reports a source with no language, naming file, path and rule', () => {
    expect(
      problemsOf((f) => {
        delete at(sourcesOf(f), 1).language;
      }),
    ).toEqual([
      {
        file: SOURCES,
        path: '$[1].language',
        rule: 'source-language',
        message: '"News report, July 1994" needs the language it is written in (en, ru, de…)',
      },
    ]);
  });

  it('reports an archived copy labelled "archived copy" whose capture time nobody checked', () => {
    expect(
      problemsOf((f) => {
        at(sourcesOf(f), 1).archive = { url: ARCHIVE, label: 'archived copy' };
      }),
    ).toEqual([
      {
        file: SOURCES,
        path: '$[1].archive.label',
        rule: 'archive-label',
        message:
          'the capture time of this copy is not known (no captured), so it must be labelled "nearest archived copy"',
      },
    ]);
  });

  it('reports a capture time that is not the one the address asks for', () => {
    const [problem] = problemsOf((f) => {
      at(sourcesOf(f), 1).archive = {
        url: ARCHIVE,
        label: 'archived copy',
        captured: '1994-08-02T10:00:00Z',
      };
    });
    expect(problem).toMatchObject({ file: SOURCES, path: '$[1].archive.captured', rule: 'archive-label' });
  });

  it('accepts a checked capture, and a nearest copy without one', () => {
    expect(
      problemsOf((f) => {
        at(sourcesOf(f), 1).archive = {
          url: ARCHIVE,
          label: 'archived copy',
          captured: '1994-08-01T00:00:00Z',
        };
      }).map(formatProblem),
    ).toEqual([]);
    expect(
      problemsOf((f) => {
        at(sourcesOf(f), 1).archive = { url: ARCHIVE, label: 'nearest archived copy' };
      }).map(formatProblem),
    ).toEqual([]);
  });

  it('reports an archived copy of another page', () => {
    const [problem] = problemsOf((f) => {
      at(sourcesOf(f), 1).archive = {
        url: 'https://web.archive.org/web/20160303000000/https://example.org/other',
        label: 'nearest archived copy',
      };
    });
    expect(problem).toEqual({
      file: SOURCES,
      path: '$[1].archive.url',
      rule: 'archive-url',
      message:
        "must be https://web.archive.org/web/<timestamp>/ followed by the source's own url (https://example.org/1994)",
    });
  });

  it('reports an archive address given as the source’s own url', () => {
    const problems = problemsOf((f) => {
      at(sourcesOf(f), 1).url = ARCHIVE;
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: SOURCES, path: '$[1].url', rule: 'archive-in-url' }),
    );
  });

  it('reports a source nothing cites', () => {
    expect(
      problemsOf((f) => {
        sourcesOf(f).push({ ...at(sourcesOf(f), 1), id: 'unread', url: 'https://example.org/unread' });
      }),
    ).toEqual([
      {
        file: SOURCES,
        path: '$[2].id',
        rule: 'source-unused',
        message: 'source "unread" is cited by no event, programme, place, route or chapter',
      },
    ]);
  });
});
