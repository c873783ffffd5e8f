import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/build/schema.ts';
import { frameForCamera, frameRegion } from '../../src/model/framing.ts';

const place = (id: string, kind: Place['kind'], country: string, coordinates: [number, number]): Place =>
  ({ id, name: id, kind, country, summary: `${id}.`, coordinates }) as Place;

const tashkent = place('tashkent', 'city', 'UZB', [69.2797, 41.3111]);
const samarkand = place('samarkand', 'city', 'UZB', [66.9597, 39.6542]);
const natoHq = place('nato-hq', 'headquarters', 'BEL', [4.4225, 50.8765]);
const chicago = place('mccormick-place', 'site', 'USA', [-87.616, 41.8513]);
const uzbekistan: Place = {
  ...place('uzbekistan', 'country', 'UZB', [64.5, 41.4]),
  extent: [55.99, 37.18, 73.13, 45.59],
};

describe('frameForCamera', () => {
  it('frames the region’s places and leaves Brussels and Chicago to a pointer', () => {
    const framing = frameForCamera([tashkent, natoHq, samarkand, chicago]);
    expect(framing.points).toEqual([tashkent.coordinates, samarkand.coordinates]);
    expect(framing.far.map((p) => p.id)).toEqual(['nato-hq', 'mccormick-place']);
  });

  it('frames far places when nothing else is named', () => {
    const framing = frameForCamera([natoHq]);
    expect(framing.points).toEqual([natoHq.coordinates]);
    expect(framing.far).toEqual([]);
  });

  it('asked to, leaves far places to a pointer even when nothing else is named', () => {
    const framing = frameForCamera([natoHq], undefined, { pointToFarOnly: true });
    expect(framing.points).toEqual([]);
    expect(framing.far).toEqual([natoHq]);
    expect(frameForCamera([tashkent, natoHq], undefined, { pointToFarOnly: true }).points).toEqual([
      tashkent.coordinates,
    ]);
  });

  it('frames a country by its extent, not the point in its middle', () => {
    const framing = frameForCamera([uzbekistan, natoHq]);
    const [west, south, east, north] = uzbekistan.extent ?? [];
    expect(framing.points).toEqual([
      [west, south],
      [east, north],
    ]);
    expect(framing.far.map((p) => p.id)).toEqual(['nato-hq']);
  });
});

describe('frameRegion', () => {
  it('is every story place in the region, never a far one or a country’s point', () => {
    expect(frameRegion([tashkent, natoHq, uzbekistan, samarkand, chicago])).toEqual([
      tashkent.coordinates,
      samarkand.coordinates,
    ]);
  });
});
