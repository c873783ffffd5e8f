import { destination, distance, point } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { LEG_END_TOLERANCE_KM, runCrossChecks, STOP_TOLERANCE_KM } from '../../src/build/checks.ts';
import { loadDataset } from '../../src/build/load.ts';
import { PART_TOLERANCE_KM } from '../../src/build/place-checks.ts';
import { formatProblem, type Problem } from '../../src/model/problem.ts';
import { breakFixture, createFixture, type Fixture, toRawFiles } from '../fixtures/dataset.ts';
import {
  at,
  eventsOf,
  legsOf,
  loadFixtureDataset,
  makePlace,
  placesOf,
  programmesOf,
  sourcesOf,
  stopsOf,
} from '../helpers.ts';

const PLACES = 'geo/places.geojson';
const EVENTS = 'data/events.json';
const PROGRAMMES = 'data/programmes.json';
const ROUTE = 'data/route.json';
const LEGS = 'geo/transit-route.geojson';
const RIVERS = 'geo/rivers.geojson';

function problemsOf(mutate: (fixture: Fixture) => void): Problem[] {
  const result = loadDataset(breakFixture(mutate));
  if (result.ok) throw new Error('expected the broken fixture to be rejected');
  return result.problems;
}

/** Asserts the exact list of problems, printing them all when it differs. */
function expectProblems(mutate: (fixture: Fixture) => void, expected: Problem[]): Problem[] {
  const problems = problemsOf(mutate);
  expect(problems, problems.map(formatProblem).join('\n')).toEqual(expected);
  return problems;
}

/** Adds Bukhara (off the route) as a place with an event so that it is not an orphan. */
function addBukhara(f: Fixture): void {
  placesOf(f).push(makePlace('bukhara', 'Bukhara', 'UZB', [64.4286, 39.7747]));
  at(eventsOf(f), 1).placeIds.push('bukhara');
}

describe('runCrossChecks on the fixture', () => {
  it('finds no problem in the fixture as given', () => {
    const result = loadDataset(toRawFiles(createFixture()));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    expect(runCrossChecks(loadFixtureDataset())).toEqual([]);
  });
});

describe('unique-id', () => {
  it('reports a duplicate place', () => {
    expectProblems(
      (f) => {
        placesOf(f).push(makePlace('tashkent', 'Tashkent again', 'UZB', [69.2401, 41.2995]));
      },
      [
        {
          file: PLACES,
          path: '$.features[4].properties.id',
          rule: 'unique-id',
          message: 'id "tashkent" is already used at $.features[0].properties.id',
        },
      ],
    );
  });

  it('reports a duplicate event', () => {
    expectProblems(
      (f) => {
        eventsOf(f).push({ ...at(eventsOf(f), 2) });
      },
      [
        {
          file: EVENTS,
          path: '$[3].id',
          rule: 'unique-id',
          message: 'id "joins-parp" is already used at $[2].id',
        },
      ],
    );
  });

  it('reports a duplicate programme', () => {
    expectProblems(
      (f) => {
        programmesOf(f).push({ ...at(programmesOf(f), 1) });
      },
      [
        {
          file: PROGRAMMES,
          path: '$[2].id',
          rule: 'unique-id',
          message: 'id "parp" is already used at $[1].id',
        },
      ],
    );
  });

  it('reports a duplicate leg', () => {
    expectProblems(
      (f) => {
        at(legsOf(f), 1).properties.id = 'tashkent-samarkand';
      },
      [
        {
          file: LEGS,
          path: '$.features[1].properties.id',
          rule: 'unique-id',
          message: 'id "tashkent-samarkand" is already used at $.features[0].properties.id',
        },
      ],
    );
  });

  it('reports a duplicate river', () => {
    expectProblems(
      (f) => {
        const river = at(f.rivers.features, 0);
        f.rivers.features.push({ ...river, properties: { ...river.properties } });
      },
      [
        {
          file: RIVERS,
          path: '$.features[1].properties.id',
          rule: 'unique-id',
          message: 'id "amu-darya" is already used at $.features[0].properties.id',
        },
      ],
    );
  });
});

describe('reference', () => {
  it('reports an event naming an unknown place', () => {
    expectProblems(
      (f) => {
        at(eventsOf(f), 0).placeIds.push('atlantis');
      },
      [{ file: EVENTS, path: '$[0].placeIds[1]', rule: 'reference', message: 'no place has id "atlantis"' }],
    );
  });

  it('reports an event naming an unknown programme', () => {
    expectProblems(
      (f) => {
        at(eventsOf(f), 1).programmeIds = ['nope'];
      },
      [
        {
          file: EVENTS,
          path: '$[1].programmeIds[0]',
          rule: 'reference',
          message: 'no programme has id "nope"',
        },
      ],
    );
  });

  it('reports a programme whose parent does not exist', () => {
    expectProblems(
      (f) => {
        at(programmesOf(f), 1).parentId = 'nope';
      },
      [{ file: PROGRAMMES, path: '$[1].parentId', rule: 'reference', message: 'no programme has id "nope"' }],
    );
  });

  it('reports a route stop at an unknown place', () => {
    expectProblems(
      (f) => {
        at(stopsOf(f), 1).placeId = 'nowhere';
      },
      [{ file: ROUTE, path: '$.stops[1].placeId', rule: 'reference', message: 'no place has id "nowhere"' }],
    );
  });

  it('reports a route stop naming an unknown event', () => {
    expectProblems(
      (f) => {
        at(stopsOf(f), 1).eventIds = ['ghost'];
      },
      [
        {
          file: ROUTE,
          path: '$.stops[1].eventIds[0]',
          rule: 'reference',
          message: 'no event has id "ghost"',
        },
      ],
    );
  });

  it('reports a leg starting from an unknown place (and the broken join it makes)', () => {
    expectProblems(
      (f) => {
        at(legsOf(f), 1).properties.from = 'nowhere';
      },
      [
        {
          file: LEGS,
          path: '$.features[1].properties.from',
          rule: 'leg-join',
          message: 'leg "samarkand-termez" starts from "nowhere" but the previous leg goes to "samarkand"',
        },
        {
          file: LEGS,
          path: '$.features[1].properties.from',
          rule: 'reference',
          message: 'no place has id "nowhere"',
        },
      ],
    );
  });

  it('reports a leg going to an unknown place', () => {
    expectProblems(
      (f) => {
        at(legsOf(f), 2).properties.to = 'nowhere';
      },
      [
        {
          file: LEGS,
          path: '$.features[2].properties.to',
          rule: 'reference',
          message: 'no place has id "nowhere"',
        },
      ],
    );
  });
});

describe('orphan', () => {
  it('reports a place without events', () => {
    expectProblems(
      (f) => {
        placesOf(f).push(makePlace('bukhara', 'Bukhara', 'UZB', [64.4286, 39.7747]));
      },
      [
        {
          file: PLACES,
          path: '$.features[4].properties.id',
          rule: 'orphan',
          message: 'place "bukhara" has no event; give it one or say in "eventless" why it is on the map',
        },
      ],
    );
  });

  it('reports a programme without events', () => {
    expectProblems(
      (f) => {
        programmesOf(f).push({ ...at(programmesOf(f), 0), id: 'ipap', acronym: 'IPAP', parentId: null });
      },
      [{ file: PROGRAMMES, path: '$[2].id', rule: 'orphan', message: 'programme "ipap" has no event' }],
    );
  });
});

describe('date', () => {
  it('reports a day without a month', () => {
    expectProblems(
      (f) => {
        at(eventsOf(f), 2).date = { year: 2002, day: 5 };
      },
      [{ file: EVENTS, path: '$[2].date', rule: 'date', message: 'a day needs a month' }],
    );
  });

  it('reports 30 February', () => {
    expectProblems(
      (f) => {
        at(eventsOf(f), 2).date = { year: 2002, month: 2, day: 30 };
      },
      [{ file: EVENTS, path: '$[2].date', rule: 'date', message: '2002-2 has only 28 days' }],
    );
  });

  it('accepts 29 February in a leap year but not in a common year', () => {
    expect(
      loadDataset(
        breakFixture((f) => {
          // The first event: its chapter's other event still covers the year the chapter states.
          at(eventsOf(f), 0).date = { year: 1996, month: 2, day: 29 };
        }),
      ).ok,
    ).toBe(true);
    expectProblems(
      (f) => {
        at(eventsOf(f), 0).date = { year: 1995, month: 2, day: 29 };
      },
      [{ file: EVENTS, path: '$[0].date', rule: 'date', message: '1995-2 has only 28 days' }],
    );
  });

  it('reports an impossible end date', () => {
    expectProblems(
      (f) => {
        at(eventsOf(f), 1).date = { year: 1994, end: { year: 1996, month: 2, day: 30 }, approximate: true };
      },
      [{ file: EVENTS, path: '$[1].date.end', rule: 'date', message: '1996-2 has only 29 days' }],
    );
  });

  it('reports a range that ends before it starts', () => {
    expectProblems(
      (f) => {
        at(eventsOf(f), 1).date = { year: 1996, end: { year: 1994 }, approximate: true };
      },
      [{ file: EVENTS, path: '$[1].date.end', rule: 'date', message: 'the range ends before it starts' }],
    );
  });

  it('reports a programme with a parent that ends before it starts', () => {
    expectProblems(
      (f) => {
        at(programmesOf(f), 1).until = 1990;
      },
      [{ file: PROGRAMMES, path: '$[1].until', rule: 'date', message: 'until is before since' }],
    );
  });

  it('reports a top-level programme that ends before it starts', () => {
    // pfp has parentId null; the rule must apply to it as well as to programmes with a parent.
    expectProblems(
      (f) => {
        at(programmesOf(f), 0).until = 1990;
      },
      [{ file: PROGRAMMES, path: '$[0].until', rule: 'date', message: 'until is before since' }],
    );
  });
});

describe('programme pauses', () => {
  const message = 'a pause must run forwards and lie within the programme’s years';

  it('accepts a pause within the years of the programme', () => {
    const result = loadDataset(
      breakFixture((f) => {
        at(programmesOf(f), 1).pauses = [{ from: 2005, to: 2010, label: 'Paused after Andijan' }];
      }),
    );
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it.each([
    ['before the programme starts', { from: 1999, to: 2004 }],
    ['backwards', { from: 2006, to: 2004 }],
  ])('reports a pause of a programme with a parent that runs %s', (_label, years) => {
    expectProblems(
      (f) => {
        at(programmesOf(f), 1).pauses = [{ ...years, label: 'Pause' }];
      },
      [{ file: PROGRAMMES, path: '$[1].pauses[0]', rule: 'date', message }],
    );
  });

  it('reports a pause after the programme ends', () => {
    expectProblems(
      (f) => {
        const parp = at(programmesOf(f), 1);
        parp.until = 2008;
        parp.pauses = [{ from: 2005, to: 2010, label: 'Pause' }];
      },
      [{ file: PROGRAMMES, path: '$[1].pauses[0]', rule: 'date', message }],
    );
  });

  it('reports a pause of a top-level programme that lies outside its years', () => {
    // pfp has parentId null; the rule must apply to it as well as to programmes with a parent.
    expectProblems(
      (f) => {
        at(programmesOf(f), 0).pauses = [{ from: 1990, to: 1992, label: 'Pause' }];
      },
      [{ file: PROGRAMMES, path: '$[0].pauses[0]', rule: 'date', message }],
    );
  });
});

describe('date-source', () => {
  it('reports an externally dated event with only one source', () => {
    expectProblems(
      (f) => {
        const event = at(eventsOf(f), 0);
        event.sources = event.sources.slice(0, 1);
        delete event.singleSource;
        // The report is then cited nowhere; drop it so only the rule under test speaks.
        f.sources.splice(1, 1);
      },
      [
        {
          file: EVENTS,
          path: '$[0].sources',
          rule: 'date-source',
          message: 'a date known from outside the seed page needs a source besides it',
        },
      ],
    );
  });
});

describe('milestone-order', () => {
  const message = 'a milestone needs its seedOrder, and only milestones have one';

  it('reports a seedOrder on an event that is not a milestone', () => {
    expectProblems(
      (f) => {
        at(eventsOf(f), 0).milestone = false;
      },
      [{ file: EVENTS, path: '$[0].seedOrder', rule: 'milestone-order', message }],
    );
  });

  it('reports a milestone without a seedOrder', () => {
    expectProblems(
      (f) => {
        delete at(eventsOf(f), 2).seedOrder;
      },
      [{ file: EVENTS, path: '$[2].seedOrder', rule: 'milestone-order', message }],
    );
  });
});

describe('short-title', () => {
  it('reports a milestone without a shortTitle', () => {
    expectProblems(
      (f) => {
        delete at(eventsOf(f), 2).shortTitle;
      },
      [
        {
          file: EVENTS,
          path: '$[2].shortTitle',
          rule: 'short-title',
          message: 'a milestone needs a shortTitle to label it on the timeline',
        },
      ],
    );
  });
});

describe('parent-cycle', () => {
  it('reports both programmes of a two-programme loop', () => {
    expectProblems(
      (f) => {
        at(programmesOf(f), 0).parentId = 'parp';
      },
      [
        {
          file: PROGRAMMES,
          path: '$[0].parentId',
          rule: 'parent-cycle',
          message: 'programme "pfp" is its own ancestor',
        },
        {
          file: PROGRAMMES,
          path: '$[1].parentId',
          rule: 'parent-cycle',
          message: 'programme "parp" is its own ancestor',
        },
      ],
    );
  });

  it('reports a programme that is its own parent', () => {
    const problems = problemsOf((f) => {
      at(programmesOf(f), 0).parentId = 'pfp';
    });
    expect(problems).toContainEqual({
      file: PROGRAMMES,
      path: '$[0].parentId',
      rule: 'parent-cycle',
      message: 'programme "pfp" is its own ancestor',
    });
    expect(problems.every((p) => p.rule === 'parent-cycle')).toBe(true);
  });

  it('does not call a programme below a loop its own ancestor', () => {
    // pfp -> pfp loops; parp only hangs below the loop, so "parp is its own ancestor" would be false.
    expectProblems(
      (f) => {
        at(programmesOf(f), 0).parentId = 'pfp';
      },
      [
        {
          file: PROGRAMMES,
          path: '$[0].parentId',
          rule: 'parent-cycle',
          message: 'programme "pfp" is its own ancestor',
        },
      ],
    );
  });
});

describe('leg-join', () => {
  it('reports a leg that does not start where the previous one ends', () => {
    expectProblems(
      (f) => {
        at(legsOf(f), 1).geometry.coordinates[0] = [66.96, 39.6542];
      },
      [
        {
          file: LEGS,
          path: '$.features[1].geometry.coordinates[0]',
          rule: 'leg-join',
          message: 'leg "samarkand-termez" does not start where leg "tashkent-samarkand" ends',
        },
      ],
    );
  });

  it('reports a leg that starts from another place than the previous one goes to', () => {
    const problems = problemsOf((f) => {
      at(legsOf(f), 1).properties.from = 'tashkent';
    });
    expect(problems).toContainEqual({
      file: LEGS,
      path: '$.features[1].properties.from',
      rule: 'leg-join',
      message: 'leg "samarkand-termez" starts from "tashkent" but the previous leg goes to "samarkand"',
    });
    // Its first position is now far from the place it claims to start at.
    expect(problems.map((p) => `${p.rule} ${p.path}`).sort()).toEqual([
      'leg-end $.features[1].geometry.coordinates[0]',
      'leg-join $.features[1].properties.from',
    ]);
  });
});

describe('leg-end', () => {
  it('reports a leg ending more than 5 km from its place', () => {
    // Extend the last leg beyond Kabul along its own direction: the stop stays on the line.
    const termez: [number, number] = [67.2783, 37.2242];
    const kabul: [number, number] = [69.1723, 34.5281];
    const end: [number, number] = [
      Number((kabul[0] + (kabul[0] - termez[0]) * 0.03).toFixed(4)),
      Number((kabul[1] + (kabul[1] - termez[1]) * 0.03).toFixed(4)),
    ];
    const km = distance(point(kabul), point(end), { units: 'kilometers' });
    expect(km).toBeGreaterThan(LEG_END_TOLERANCE_KM);
    const [problem] = expectProblems(
      (f) => {
        at(legsOf(f), 2).geometry.coordinates = [termez, end];
      },
      [
        {
          file: LEGS,
          path: '$.features[2].geometry.coordinates[1]',
          rule: 'leg-end',
          message: expect.stringMatching(/^ends \d+\.\d km from "kabul" \(at most 5 km\)$/),
        },
      ],
    );
    const reported = Number(/ends ([\d.]+) km/.exec(problem?.message ?? '')?.[1]);
    expect(reported).toBeCloseTo(km, 1);
  });

  it('accepts a leg end within 5 km of its place', () => {
    const result = loadDataset(
      breakFixture((f) => {
        // About 1 km south of Kabul.
        const coordinates = at(legsOf(f), 2).geometry.coordinates;
        coordinates[coordinates.length - 1] = [69.1723, 34.5191];
      }),
    );
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });
});

describe('stop-on-route', () => {
  it('reports a stop far from the line', () => {
    const [problem] = expectProblems(
      (f) => {
        addBukhara(f);
        stopsOf(f).splice(2, 0, { placeId: 'bukhara', narrative: 'A detour.', eventIds: [] });
      },
      [
        {
          file: ROUTE,
          path: '$.stops[2].placeId',
          rule: 'stop-on-route',
          message: expect.stringMatching(/^"bukhara" is \d+\.\d km from the route \(at most 5 km\)$/),
        },
      ],
    );
    const km = Number(/is ([\d.]+) km/.exec(problem?.message ?? '')?.[1]);
    // Bukhara is roughly 200 km west of Samarkand, the nearest point of the route.
    expect(km).toBeGreaterThan(150);
    expect(km).toBeGreaterThan(STOP_TOLERANCE_KM);
  });
});

describe('stop-order', () => {
  it('reports stops out of order along the route', () => {
    expectProblems(
      (f) => {
        const stops = stopsOf(f);
        const [samarkand, termez] = [at(stops, 1), at(stops, 2)];
        stops[1] = termez;
        stops[2] = samarkand;
      },
      [
        {
          file: ROUTE,
          path: '$.stops[2].placeId',
          rule: 'stop-order',
          message: '"samarkand" comes before the previous stop along the route',
        },
      ],
    );
  });
});

describe('precision', () => {
  it('reports a coordinate with 7 decimals', () => {
    expectProblems(
      (f) => {
        at(placesOf(f), 0).geometry.coordinates = [69.2401234, 41.2995];
      },
      [
        {
          file: PLACES,
          path: '$.features[0].geometry.coordinates[0]',
          rule: 'precision',
          message: '69.2401234 has more than 6 decimals',
        },
      ],
    );
  });

  it('accepts 6 decimals', () => {
    const result = loadDataset(
      breakFixture((f) => {
        at(placesOf(f), 0).geometry.coordinates = [69.240123, 41.299512];
      }),
    );
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });
});

/** A place `km` due east of Tashkent, rounded like the data files, as part of Tashkent. */
function addPartOfTashkent(f: Fixture, km: number, id = 'tashkent-airport'): void {
  const [lon, lat] = destination(point([69.2401, 41.2995]), km, 90, { units: 'kilometers' }).geometry
    .coordinates;
  const part = makePlace(id, 'Part', 'UZB', [Number(lon?.toFixed(4)), Number(lat?.toFixed(4))]);
  part.properties.partOf = 'tashkent';
  placesOf(f).push(part);
  at(eventsOf(f), 0).placeIds.push(id);
}

describe('part-of', () => {
  it('accepts a part within the tolerance, and the parent keeps its stories through it', () => {
    const result = loadDataset(
      breakFixture((f) => {
        addPartOfTashkent(f, 12);
        // Tashkent's own events go to Samarkand: it still has a story, its part's.
        for (const event of eventsOf(f)) event.placeIds = event.placeIds.filter((id) => id !== 'tashkent');
        at(eventsOf(f), 0).placeIds.push('samarkand');
      }),
    );
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('reports a part that names no place', () => {
    expectProblems(
      (f) => {
        addPartOfTashkent(f, 5);
        at(placesOf(f), 4).properties.partOf = 'atlantis';
      },
      [
        {
          file: PLACES,
          path: '$.features[4].properties.partOf',
          rule: 'reference',
          message: 'no place has id "atlantis"',
        },
      ],
    );
  });

  it('reports a part farther than the tolerance from its place', () => {
    const [problem] = expectProblems(
      (f) => addPartOfTashkent(f, PART_TOLERANCE_KM + 5),
      [
        {
          file: PLACES,
          path: '$.features[4].properties.partOf',
          rule: 'part-near',
          message: expect.stringMatching(/^lies \d+\.\d km from "tashkent" \(at most 30 km\)$/),
        },
      ],
    );
    expect(Number(/lies ([\d.]+) km/.exec(problem?.message ?? '')?.[1])).toBeCloseTo(
      PART_TOLERANCE_KM + 5,
      0,
    );
  });

  it('reports both places of a loop', () => {
    expectProblems(
      (f) => {
        addPartOfTashkent(f, 5);
        at(placesOf(f), 0).properties.partOf = 'tashkent-airport';
      },
      [
        {
          file: PLACES,
          path: '$.features[0].properties.partOf',
          rule: 'part-of-cycle',
          message: 'place "tashkent" is part of itself',
        },
        {
          file: PLACES,
          path: '$.features[4].properties.partOf',
          rule: 'part-of-cycle',
          message: 'place "tashkent-airport" is part of itself',
        },
      ],
    );
  });

  it('reports a place that is part of itself', () => {
    expectProblems(
      (f) => {
        at(placesOf(f), 1).properties.partOf = 'samarkand';
      },
      [
        {
          file: PLACES,
          path: '$.features[1].properties.partOf',
          rule: 'part-of-cycle',
          message: 'place "samarkand" is part of itself',
        },
      ],
    );
  });

  it('reports a part of a country place (the country field says that)', () => {
    expectProblems(
      (f) => {
        at(placesOf(f), 0).properties.kind = 'country';
        at(placesOf(f), 1).properties.partOf = 'tashkent';
      },
      [
        {
          file: PLACES,
          path: '$.features[1].properties.partOf',
          rule: 'part-of',
          message:
            'a country is never part of a place nor a parent: the country field says where a place lies',
        },
      ],
    );
  });
});

describe('eventless', () => {
  it('accepts a route stop without events when it says so', () => {
    const result = loadDataset(
      breakFixture((f) => {
        at(eventsOf(f), 1).placeIds = ['tashkent'];
        at(placesOf(f), 1).properties.eventless = 'route-stop';
      }),
    );
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('accepts a context place off the route without events', () => {
    const result = loadDataset(
      breakFixture((f) => {
        const bukhara = makePlace('bukhara', 'Bukhara', 'UZB', [64.4286, 39.7747]);
        bukhara.properties.eventless = 'context';
        placesOf(f).push(bukhara);
      }),
    );
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('reports a place called a route stop that is not one', () => {
    expectProblems(
      (f) => {
        const bukhara = makePlace('bukhara', 'Bukhara', 'UZB', [64.4286, 39.7747]);
        bukhara.properties.eventless = 'route-stop';
        placesOf(f).push(bukhara);
      },
      [
        {
          file: PLACES,
          path: '$.features[4].properties.eventless',
          rule: 'eventless',
          message: 'place "bukhara" is called a route stop but no stop of the route is there',
        },
      ],
    );
  });

  it('reports a place marked eventless that has events', () => {
    expectProblems(
      (f) => {
        at(placesOf(f), 0).properties.eventless = 'context';
      },
      [
        {
          file: PLACES,
          path: '$.features[0].properties.eventless',
          rule: 'eventless',
          message: 'place "tashkent" has events, so it is not eventless',
        },
      ],
    );
  });
});

describe('sources', () => {
  it('reports the NATO page cited after another source', () => {
    expectProblems(
      (f) => {
        at(eventsOf(f), 0).sources.reverse();
      },
      [
        {
          file: EVENTS,
          path: '$[0].sources[0]',
          rule: 'seed-first',
          message: 'the NATO page is cited, so it must be the first source',
        },
      ],
    );
  });

  it('reports a citation of the NATO page with a section the page does not have', () => {
    const [problem] = expectProblems(
      (f) => {
        at(programmesOf(f), 1).sources = [{ source: 'seed-page', section: 'Key milestone' }];
      },
      [
        {
          file: PROGRAMMES,
          path: '$[1].sources[0].section',
          rule: 'seed-section',
          message: expect.stringMatching(
            /^the NATO page has no section "Key milestone" \(one of: Introduction, /,
          ),
        },
      ],
    );
    expect(problem?.message).toContain('Key milestones');
  });

  it('reports a citation of a source the register does not have', () => {
    expectProblems(
      (f) => {
        at(programmesOf(f), 0).sources.push({ source: 'a-report-with-no-entry' });
      },
      [
        {
          file: PROGRAMMES,
          path: '$[0].sources[1].source',
          rule: 'reference',
          message: 'no source in the register (data/sources.json) has id "a-report-with-no-entry"',
        },
      ],
    );
  });

  it('reports a fact resting on one outside source that does not say so', () => {
    expectProblems(
      (f) => {
        delete at(eventsOf(f), 0).singleSource;
      },
      [
        {
          file: EVENTS,
          path: '$[0].singleSource',
          rule: 'single-source',
          message: 'what comes from outside the NATO page rests on one source: set singleSource to true',
        },
      ],
    );
  });

  it('reports singleSource on an event with two outside sources', () => {
    expectProblems(
      (f) => {
        sourcesOf(f).push({ ...at(sourcesOf(f), 1), id: 'news-2', url: 'https://example.org/2' });
        at(eventsOf(f), 0).sources.push({ source: 'news-2' });
      },
      [
        {
          file: EVENTS,
          path: '$[0].singleSource',
          rule: 'single-source',
          message: 'singleSource is set but the event has 2 outside sources',
        },
      ],
    );
  });
});

describe('theme-section', () => {
  it('reports an event citing a section of the page whose theme it lacks', () => {
    expectProblems(
      (f) => {
        at(eventsOf(f), 2).sources.push({ source: 'seed-page', section: 'Science and environment' });
      },
      [
        {
          file: EVENTS,
          path: '$[2].themes',
          rule: 'theme-section',
          message:
            'the event cites the page\'s section "Science and environment", so its themes must include "science-environment"',
        },
      ],
    );
  });

  it('accepts it once the theme is there', () => {
    const result = loadDataset(
      breakFixture((f) => {
        const event = at(eventsOf(f), 2);
        event.sources.push({ source: 'seed-page', section: 'Science and environment' });
        event.themes.push('science-environment');
      }),
    );
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });
});

describe('operation-end', () => {
  it('reports a programme that runs past the end of the operation it served', () => {
    expectProblems(
      (f) => {
        at(programmesOf(f), 1).operation = { name: 'ISAF', end: { year: 2014, month: 12, day: 31 } };
        at(programmesOf(f), 1).until = 2016;
      },
      [
        {
          file: PROGRAMMES,
          path: '$[1].until',
          rule: 'operation-end',
          message: 'the programme served ISAF, which ended in 2014, so it must end by then (until is 2016)',
        },
      ],
    );
  });

  it('reports a programme with no end that served an operation that ended', () => {
    expectProblems(
      (f) => {
        at(programmesOf(f), 1).operation = { name: 'ISAF', end: { year: 2014 } };
      },
      [
        {
          file: PROGRAMMES,
          path: '$[1].until',
          rule: 'operation-end',
          message:
            'the programme served ISAF, which ended in 2014, so it must end by then (until is not set)',
        },
      ],
    );
  });

  it('accepts a programme that ends with its operation', () => {
    const fixture = createFixture();
    at(programmesOf(fixture), 1).operation = { name: 'ISAF', end: { year: 2014 } };
    at(programmesOf(fixture), 1).until = 2014;
    const result = loadDataset(toRawFiles(fixture));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });
});
