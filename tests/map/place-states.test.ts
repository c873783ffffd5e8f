import { describe, expect, it } from 'vitest';
import { computePlaceStates, diffPlaceStates, getRelatedPlaceIds } from '../../src/map/place-states.ts';
import type { ThemeId } from '../../src/model/themes.ts';
import type { Selection } from '../../src/state/store.ts';
import { loadFixtureIndex } from '../helpers.ts';

const index = loadFixtureIndex();
const related = (selection: Selection | null) => [...getRelatedPlaceIds(index, { selection })].sort();

describe('getRelatedPlaceIds', () => {
  it('is empty without a selection', () => {
    expect(related(null)).toEqual([]);
  });

  it('gives the places of an event', () => {
    expect(related({ kind: 'event', id: 'security-agreement' })).toEqual(['samarkand', 'tashkent']);
    expect(related({ kind: 'event', id: 'joins-parp' })).toEqual(['kabul', 'termez']);
  });

  it('gives the places of a programme', () => {
    expect(related({ kind: 'programme', id: 'parp' })).toEqual(['kabul', 'termez']);
    expect(related({ kind: 'programme', id: 'pfp' })).toEqual(['tashkent']);
  });

  it("gives a place's partners in its events, not the place itself", () => {
    expect(related({ kind: 'place', id: 'tashkent' })).toEqual(['samarkand']);
    expect(related({ kind: 'place', id: 'samarkand' })).toEqual(['tashkent']);
    expect(related({ kind: 'place', id: 'kabul' })).toEqual(['termez']);
  });

  it('is empty for unknown ids', () => {
    expect(related({ kind: 'place', id: 'atlantis' })).toEqual([]);
    expect(related({ kind: 'event', id: 'atlantis' })).toEqual([]);
    expect(related({ kind: 'programme', id: 'atlantis' })).toEqual([]);
  });
});

describe('computePlaceStates', () => {
  const states = (selection: Selection | null, year: number) =>
    Object.fromEntries(computePlaceStates(index, { selection, year }));

  it('has a state for every place', () => {
    expect([...computePlaceStates(index, { selection: null, year: 2002 }).keys()]).toEqual([
      'tashkent',
      'samarkand',
      'termez',
      'kabul',
    ]);
  });

  it('marks nothing at the last year without a selection', () => {
    for (const state of Object.values(states(null, 2002)))
      expect(state).toEqual({ selected: false, related: false, later: false, dimmed: false });
  });

  it('marks the selected place and its partners', () => {
    expect(states({ kind: 'place', id: 'tashkent' }, 2002)).toEqual({
      tashkent: { selected: true, related: false, later: false, dimmed: false },
      samarkand: { selected: false, related: true, later: false, dimmed: false },
      termez: { selected: false, related: false, later: false, dimmed: false },
      kabul: { selected: false, related: false, later: false, dimmed: false },
    });
  });

  it('marks the places of a selected event as related, none as selected', () => {
    const result = states({ kind: 'event', id: 'joins-parp' }, 2002);
    expect(Object.entries(result).filter(([, s]) => s.selected)).toEqual([]);
    expect(
      Object.entries(result)
        .filter(([, s]) => s.related)
        .map(([id]) => id),
    ).toEqual(['termez', 'kabul']);
  });

  it('marks places whose first event comes after the year as later', () => {
    const later = (year: number) =>
      Object.entries(states(null, year))
        .filter(([, s]) => s.later)
        .map(([id]) => id);
    expect(later(1994)).toEqual(['termez', 'kabul']);
    expect(later(2001)).toEqual(['termez', 'kabul']);
    expect(later(2002)).toEqual([]);
    expect(later(1990)).toEqual(['tashkent', 'samarkand', 'termez', 'kabul']);
  });

  it('combines selection and year', () => {
    expect(states({ kind: 'place', id: 'kabul' }, 1995).kabul).toEqual({
      selected: true,
      related: false,
      later: true,
      dimmed: false,
    });
  });
});

describe('place states during the story', () => {
  it('marks the chapter places as related, with nothing selected', () => {
    const tour = {
      id: 'story' as const,
      step: 1,
      stepId: 'planning',
      playing: false,
      speed: 1,
      arrived: true,
      passing: false,
    };
    expect([...getRelatedPlaceIds(index, { selection: null, tour })].sort()).toEqual(['kabul', 'termez']);
    const states = computePlaceStates(index, { selection: null, year: 2002, tour });
    expect(states.get('kabul')).toEqual({ selected: false, related: true, later: false, dimmed: false });
    expect(states.get('tashkent')?.related).toBe(false);
  });
});

describe('computePlaceStates under a theme filter', () => {
  const index = loadFixtureIndex();
  const dimmed = (themes: ThemeId[]) =>
    [...computePlaceStates(index, { selection: null, year: 2002, themes })]
      .filter(([, s]) => s.dimmed)
      .map(([id]) => id);

  it('dims nothing without a filter', () => {
    expect(dimmed([])).toEqual([]);
  });

  it('dims the places none of whose events has a chosen theme', () => {
    const themes = ['defence-reform'] as ThemeId[];
    const expected = index.dataset.places
      .filter((p) => !(index.eventsByPlace.get(p.id) ?? []).some((e) => e.themes.includes('defence-reform')))
      .map((p) => p.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(dimmed(themes)).toEqual(expected);
  });
});

describe('diffPlaceStates', () => {
  const index = loadFixtureIndex();

  it('returns only the places whose state changed between two years', () => {
    const before = computePlaceStates(index, { selection: null, year: 1994 });
    const after = computePlaceStates(index, { selection: null, year: 2002 });
    const changed = diffPlaceStates(before, after);
    const expected = [...after].filter(([id, s]) => before.get(id)?.later !== s.later).map(([id]) => id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(after.size);
    expect([...changed.keys()].sort()).toEqual(expected.sort());
    for (const id of changed.keys()) expect(changed.get(id)).toEqual(after.get(id));
  });

  it('returns nothing when the state is the same, and every place the first time', () => {
    const state = { selection: { kind: 'place', id: 'termez' } as Selection, year: 2002 };
    const once = computePlaceStates(index, state);
    expect(diffPlaceStates(once, computePlaceStates(index, state)).size).toBe(0);
    expect(diffPlaceStates(new Map(), once).size).toBe(once.size);
  });

  it('names a place whose selection alone changed', () => {
    const year = 2002;
    const before = computePlaceStates(index, { selection: null, year });
    const after = computePlaceStates(index, { selection: { kind: 'place', id: 'termez' }, year });
    const changed = diffPlaceStates(before, after);
    expect(changed.get('termez')?.selected).toBe(true);
    expect([...changed.values()].every((s) => s.selected || s.related)).toBe(true);
  });
});
