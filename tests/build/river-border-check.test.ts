import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegionBorders } from '../../scripts/project-data.ts';
import { checkBridgesOnBorderRivers, RIVER_BORDER_TOLERANCE_M } from '../../src/build/river-border-check.ts';
import { RiversFileSchema, type RouteLeg } from '../../src/build/schema.ts';

const ROOT = join(import.meta.dirname, '../..');
const borders = readRegionBorders(ROOT).borders;
if (!borders) throw new Error('geo/region-borders.geojson cannot be read');
const rivers = RiversFileSchema.parse(JSON.parse(readFileSync(join(ROOT, 'geo/rivers.geojson'), 'utf8')));
const legsFile = JSON.parse(readFileSync(join(ROOT, 'geo/transit-route.geojson'), 'utf8')) as {
  features: { properties: Omit<RouteLeg, 'coordinates'>; geometry: { coordinates: [number, number][] } }[];
};
const legs: RouteLeg[] = legsFile.features.map((f) => ({
  ...f.properties,
  coordinates: f.geometry.coordinates,
}));
const bridgeIndex = legs.findIndex((leg) => leg.mode === 'bridge');
const bridge = legs[bridgeIndex] as RouteLeg;

/** A copy of the rivers with every Amu Darya vertex within ~5 km of the bridge moved `dLat` north. */
function moveRiverNearBridge(dLat: number) {
  const [bx = 0, by = 0] = bridge.coordinates[1] ?? [];
  const copy = structuredClone(rivers);
  const course = copy.features[0]?.geometry;
  if (course?.type !== 'LineString') throw new Error('the Amu Darya is expected first, as one line');
  course.coordinates = course.coordinates.map(([x, y]) =>
    Math.abs(x - bx) < 0.05 && Math.abs(y - by) < 0.05 ? [x, y + dLat] : [x, y],
  );
  return copy;
}

describe('checkBridgesOnBorderRivers', () => {
  it('accepts the project data: the Hairaton Bridge crosses the Amu Darya, which runs with the border', () => {
    expect(bridge.id).toBe('hairaton-bridge-span');
    expect(checkBridgesOnBorderRivers(legs, rivers, borders)).toEqual([]);
  });

  it('reports a river drawn some 330 m off the border near the bridge', () => {
    // 0.003° of latitude is about 330 m: the bridge (0.8 km long) still crosses the river.
    const problems = checkBridgesOnBorderRivers(legs, moveRiverNearBridge(0.003), borders);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: 'geo/rivers.geojson', rule: 'river-border' });
    expect(problems[0]?.path).toMatch(/^\$\.features\[0\]\.geometry\.coordinates\[\d+\]$/);
    expect(problems[0]?.message).toMatch(/"amu-darya" at \[.*\] is \d+ m from the UZB-AFG border/);
    expect(problems[0]?.message).toContain(`at most ${RIVER_BORDER_TOLERANCE_M} m`);
  });

  it('reports a bridge that crosses no river', () => {
    const problems = checkBridgesOnBorderRivers(legs, moveRiverNearBridge(0.02), borders);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'geo/transit-route.geojson',
        path: `$.features[${bridgeIndex}].geometry.coordinates`,
        rule: 'bridge-river',
      }),
    ]);
    expect(problems[0]?.message).toMatch(
      /bridge "hairaton-bridge-span" crosses no river .* \d+ m from its middle/,
    );
  });
});
