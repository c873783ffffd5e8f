import { describe, expect, it } from 'vitest';
import { findPlacesUnderClick, MARKER_HIT_PX } from '../../src/map/place-chooser.ts';

describe('findPlacesUnderClick', () => {
  const crowd = [
    { id: 'termez', x: 100, y: 100 },
    { id: 'hairaton-bridge', x: 104, y: 101 },
    { id: 'hairatan', x: 103, y: 103 },
    { id: 'samarkand', x: 60, y: 20 },
  ];

  it('finds every marker a click lands on, nearest first', () => {
    expect(findPlacesUnderClick(crowd, 100, 100)).toEqual(['termez', 'hairaton-bridge', 'hairatan']);
  });

  it('finds one marker standing alone, and none where the click misses them all', () => {
    expect(findPlacesUnderClick(crowd, 61, 21)).toEqual(['samarkand']);
    expect(findPlacesUnderClick(crowd, 60 + MARKER_HIT_PX + 1, 20)).toEqual([]);
  });
});
