import { describe, expect, it } from 'vitest';
import {
  classifyChange,
  createEmptyLink,
  LINK_FIELDS,
  restoreLink,
  toRestorable,
} from '../../src/state/link-fields.ts';
import { createInitialState, reduce } from '../../src/state/store.ts';
import { parseHash, serializeHash } from '../../src/state/url-hash.ts';
import { loadFixtureIndex } from '../helpers.ts';

const index = loadFixtureIndex();
const initial = createInitialState(index);
const DEFAULT_YEAR = index.yearRange.max;

describe('the link field table', () => {
  it('derives the link, its empty form and the state it carries from the same fields', () => {
    const names = Object.keys(LINK_FIELDS).sort();
    expect(Object.keys(createEmptyLink()).sort()).toEqual(names);
    expect(Object.keys(toRestorable(initial)).sort()).toEqual(names);
    expect(Object.keys(parseHash('#place=termez')).sort()).toEqual(names);
  });

  it('round-trips a state through the link and the restore', () => {
    const state = [
      { type: 'set-year', year: 1996 },
      { type: 'tour-go', tour: 'route', step: 2 },
      { type: 'show-detail', open: true },
      { type: 'camera-moved', camera: { center: [67.28, 37.22], zoom: 7, bearing: 0, pitch: 0 } },
    ].reduce((s, intent) => reduce(index, s, intent as Parameters<typeof reduce>[2]), initial);
    const hash = serializeHash(toRestorable(state), DEFAULT_YEAR);
    expect(hash).toBe('#place=termez&year=1996&stop=3&detail=1&map=7/37.22/67.28/0/0');
    const restored = restoreLink(index, initial, parseHash(hash));
    expect(toRestorable(restored)).toEqual(toRestorable(state));
  });

  it('pushes history for selections, years, stops and the detail, and only rewrites it for the camera', () => {
    const selected = reduce(index, initial, { type: 'select', selection: { kind: 'place', id: 'kabul' } });
    expect(classifyChange(selected, initial)?.mode).toBe('push');
    const moved = reduce(index, initial, {
      type: 'camera-moved',
      camera: { center: [60, 40], zoom: 5, bearing: 0, pitch: 0 },
    });
    expect(classifyChange(moved, initial)).toEqual({ mode: 'replace', fields: ['camera'] });
    expect(classifyChange(initial, initial)).toBeNull();
  });

  it('merges the years of a playback into the entry it started in', () => {
    const playing = reduce(index, initial, { type: 'play-years', playing: true });
    expect(classifyChange(playing, initial)?.mode).toBe('push');
    const next = reduce(index, playing, { type: 'set-year', year: playing.year + 1 });
    expect(classifyChange(next, playing)).toEqual({ mode: 'merge', fields: ['year'] });
  });
});

describe('the themes field', () => {
  it('round-trips a filter through the link, in the page’s order', () => {
    const on = reduce(index, initial, { type: 'set-themes', themes: ['framework', 'defence-reform'] });
    const hash = serializeHash(toRestorable(on), DEFAULT_YEAR);
    expect(hash).toMatch(/^#themes=defence-reform,framework&map=/);
    expect(restoreLink(index, initial, parseHash(hash)).themes).toEqual(['defence-reform', 'framework']);
  });

  it('drops unknown themes and reads a missing field as no filter', () => {
    expect(parseHash('#themes=framework,bogus,,').themes).toEqual(['framework']);
    expect(parseHash('#place=termez').themes).toEqual([]);
  });

  it('makes a history step of each filter change', () => {
    const on = reduce(index, initial, { type: 'set-themes', themes: ['framework'] });
    expect(classifyChange(on, initial)).toEqual({ mode: 'push', fields: ['themes'] });
  });
});
