import { describe, expect, it } from 'vitest';
import { describeBearing, findNearbyPlaces } from '../../src/build/nearby.ts';
import type { Place } from '../../src/build/schema.ts';

function place(id: string, coordinates: [number, number], extra: Partial<Place> = {}): Place {
  return { id, name: id, kind: 'city', country: 'UZB', summary: `${id}.`, coordinates, ...extra };
}

const termez = place('termez', [67.2783, 37.2242]);
const bridge = place('hairaton-bridge', [67.4278, 37.2284], { kind: 'bridge' });
const airfield = place('termez-airfield', [67.31, 37.2867], { kind: 'airfield', partOf: 'termez' });
const samarkand = place('samarkand', [66.9597, 39.6542]);
const country = place('uzbekistan', [67.3, 37.25], { kind: 'country' });
const ALL = [termez, bridge, airfield, samarkand, country];

describe('describeBearing', () => {
  it('names the nearest of eight compass points', () => {
    expect(describeBearing(0)).toBe('N');
    expect(describeBearing(91)).toBe('E');
    expect(describeBearing(-45)).toBe('NW');
    expect(describeBearing(180)).toBe('S');
    expect(describeBearing(-170)).toBe('S');
    expect(describeBearing(230)).toBe('SW');
  });
});

describe('findNearbyPlaces', () => {
  it('finds the Hairaton Bridge about 13 km east of Termez', () => {
    const nearby = findNearbyPlaces(termez, ALL);
    expect(nearby.map((n) => n.place.id)).toEqual(['hairaton-bridge']);
    const first = nearby[0];
    expect(Math.round(first?.km ?? 0)).toBe(13);
    expect(first?.direction).toBe('E');
  });

  it('leaves out the place itself, its parts, its parent, countries and far places', () => {
    expect(findNearbyPlaces(airfield, ALL).map((n) => n.place.id)).toEqual(['hairaton-bridge']);
    expect(findNearbyPlaces(samarkand, ALL)).toEqual([]);
    expect(findNearbyPlaces(country, ALL)).toEqual([]);
  });

  it('sorts nearest first and honours the distance limit', () => {
    const lone = place('lone', [67.2783, 37.2]);
    const ids = findNearbyPlaces(lone, ALL, 30).map((n) => n.place.id);
    expect(ids[0]).toBe('termez');
    expect(ids).toContain('hairaton-bridge');
    expect(findNearbyPlaces(lone, ALL, 2).map((n) => n.place.id)).toEqual([]);
  });
});
