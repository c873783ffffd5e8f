import { describe, expect, it } from 'vitest';
import { getFarPlaces, placeEdgePointer } from '../../src/map/edge-pointers.ts';
import { buildIndex } from '../../src/model/indexes.ts';
import { createInitialState } from '../../src/state/atlas-state.ts';
import { loadProjectDataset } from '../helpers.ts';

const none = { top: 0, right: 0, bottom: 0, left: 0 };

describe('placeEdgePointer', () => {
  it('gives nothing for a place in sight', () => {
    expect(placeEdgePointer({ x: 500, y: 300 }, 1000, 600, none)).toBeNull();
  });

  it('stands at the left edge, pointing west, for a place far to the west', () => {
    const pointer = placeEdgePointer({ x: -3000, y: 200 }, 1000, 600, none);
    expect(pointer?.side).toBe('left');
    expect(pointer?.arrow).toBe('←');
    expect(pointer?.x).toBeCloseTo(0);
    expect(pointer?.y).toBeGreaterThan(190);
    expect(pointer?.y).toBeLessThan(300);
  });

  it('keeps inside the padding', () => {
    const pointer = placeEdgePointer({ x: 500, y: -900 }, 1000, 600, {
      top: 40,
      right: 0,
      bottom: 0,
      left: 0,
    });
    expect(pointer).toMatchObject({ side: 'top', arrow: '↑', y: 40 });
  });
});

describe('getFarPlaces', () => {
  it('names the far places of a selection that names places in the region too', () => {
    const index = buildIndex(loadProjectDataset());
    const state = createInitialState(index);
    expect(getFarPlaces(index, state)).toEqual([]);
    const selections = [
      ...index.dataset.events.map((e) => ({ kind: 'event' as const, id: e.id })),
      ...index.dataset.programmes.map((p) => ({ kind: 'programme' as const, id: p.id })),
    ];
    const mixed = selections.find((s) => {
      const places = index.kinds[s.kind].places(s.id);
      return places.some((p) => p.coordinates[0] < 20) && places.some((p) => p.coordinates[0] > 55);
    });
    expect(mixed, 'the data names Brussels beside the region somewhere').toBeDefined();
    if (!mixed) return;
    const far = getFarPlaces(index, { ...state, selection: mixed });
    expect(far.length).toBeGreaterThan(0);
    for (const place of far) expect(place.coordinates[0]).toBeLessThan(20);
  });
});
