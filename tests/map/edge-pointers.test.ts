import { describe, expect, it } from 'vitest';
import { getFarPlaces, placeEdgePointer } from '../../src/map/edge-pointers.ts';
import { frameRegion } from '../../src/model/framing.ts';
import { buildIndex } from '../../src/model/indexes.ts';
import { createInitialState, getSelectionPlaces } from '../../src/state/atlas-state.ts';
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

describe('an event that happened only far away (joining PfP, in Brussels)', () => {
  const index = buildIndex(loadProjectDataset());
  const state = createInitialState(index);
  const selection = { kind: 'event' as const, id: 'joins-pfp' };

  it('keeps the region in frame, as a chapter does, and points to Brussels from its edge', () => {
    expect(index.kinds.event.places(selection.id).map((p) => p.id)).toEqual(['nato-hq']);
    expect(getFarPlaces(index, { ...state, selection }).map((p) => p.id)).toEqual(['nato-hq']);
    const points = getSelectionPlaces(index, selection);
    expect(points).toEqual(frameRegion(index.dataset.places));
    for (const [lon] of points) expect(lon).toBeGreaterThan(50);
  });

  it('while the place itself, opened, is flown to', () => {
    const place = { kind: 'place' as const, id: 'nato-hq' };
    expect(getSelectionPlaces(index, place)).toEqual([index.placeById.get('nato-hq')?.coordinates]);
    expect(getFarPlaces(index, { ...state, selection: place })).toEqual([]);
  });
});
