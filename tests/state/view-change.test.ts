import { describe, expect, it } from 'vitest';
import { toRestorable } from '../../src/state/link-fields.ts';
import {
  type AtlasState,
  createInitialState,
  createStore,
  type Intent,
  reduce,
} from '../../src/state/store.ts';
import { hasViewChanged, onViewChange } from '../../src/state/view-change.ts';
import { loadFixtureIndex } from '../helpers.ts';

const index = loadFixtureIndex();
const initial = createInitialState(index);

function run(state: AtlasState, ...intents: Intent[]): AtlasState {
  return intents.reduce((s, intent) => reduce(index, s, intent), state);
}

const onTermez = run(initial, { type: 'select', selection: { kind: 'place', id: 'termez' } });

describe('hasViewChanged', () => {
  it.each<[string, AtlasState, Intent]>([
    [
      'a search result (select with a flight)',
      initial,
      { type: 'select', selection: { kind: 'place', id: 'termez' } },
    ],
    [
      'a timeline mark (an event)',
      initial,
      { type: 'select', selection: { kind: 'event', id: 'joins-pfp' } },
    ],
    [
      'a marker click (select without a flight)',
      initial,
      { type: 'select', selection: { kind: 'place', id: 'termez' }, fly: false },
    ],
    ['"Overview" (back to nothing selected)', onTermez, { type: 'select', selection: null, fly: true }],
    ['Back to the overview (restore)', onTermez, { type: 'restore', state: toRestorable(initial) }],
    ['a tour joined', initial, { type: 'tour-go', tour: 'route', step: 0 }],
    [
      'a tour stepped',
      run(initial, { type: 'tour-go', tour: 'route', step: 0 }),
      { type: 'tour-step', tour: 'route', delta: 1 },
    ],
    ['a tour left', run(initial, { type: 'tour-go', tour: 'route', step: 1 }), { type: 'tour-leave' }],
    ['Escape clearing the selection', onTermez, { type: 'dismiss' }],
    ['a year that flies the map to its places', initial, { type: 'set-year', year: 1994, fly: true }],
  ])('is true for %s', (_name, from, intent) => {
    const to = run(from, intent);
    expect(to).not.toBe(from);
    expect(hasViewChanged(from, to)).toBe(true);
  });

  it.each<[string, AtlasState, Intent]>([
    ['a theme filter', onTermez, { type: 'set-themes', themes: ['framework'] }],
    [
      'the reader dragging the map',
      onTermez,
      { type: 'camera-moved', camera: { center: [60, 40], zoom: 5, bearing: 0, pitch: 0 } },
    ],
    ['the year scrubbed in place', onTermez, { type: 'set-year', year: 1995 }],
  ])('is false for %s', (_name, from, intent) => {
    const to = run(from, intent);
    expect(to).not.toBe(from);
    expect(hasViewChanged(from, to)).toBe(false);
  });
});

describe('onViewChange', () => {
  it('calls close once per change of view, and no more after unsubscribing', () => {
    const store = createStore(index);
    let closed = 0;
    const stop = onViewChange(store, () => {
      closed += 1;
    });
    store.dispatch({ type: 'set-themes', themes: ['framework'] });
    expect(closed).toBe(0);
    store.dispatch({ type: 'select', selection: { kind: 'place', id: 'termez' } });
    expect(closed).toBe(1);
    stop();
    store.dispatch({ type: 'select', selection: null });
    expect(closed).toBe(1);
  });
});
