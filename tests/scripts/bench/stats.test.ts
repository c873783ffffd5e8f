import { describe, expect, it } from 'vitest';
import { bootstrapMedianInterval, mean, median, percentile } from '../../../scripts/bench/stats.ts';
import { createRandom } from '../../../scripts/random.ts';

describe('bench statistics', () => {
  it('takes the median, nearest-rank percentiles and the mean', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([10, 20, 30, 40], 95)).toBe(40);
    expect(mean([1, 2, 6])).toBe(3);
    expect(mean([])).toBeNaN();
  });

  it('gives a median interval that holds the median, narrows with agreeing samples and replays', () => {
    const spread = [0.9, 0.95, 1, 1.02, 1.05, 1.1, 1.2, 0.98, 1.01, 1.03, 0.97];
    const [low, high] = bootstrapMedianInterval(spread, createRandom(7));
    expect(low).toBeLessThanOrEqual(median(spread));
    expect(high).toBeGreaterThanOrEqual(median(spread));
    expect(high - low).toBeGreaterThan(0);
    expect(bootstrapMedianInterval(spread, createRandom(7))).toEqual([low, high]);
    const tight = [1.5, 1.5, 1.5, 1.5, 1.5];
    expect(bootstrapMedianInterval(tight, createRandom(7))).toEqual([1.5, 1.5]);
    // Every sample above 1: the interval cannot hold 1.
    expect(bootstrapMedianInterval([1.1, 1.12, 1.2, 1.15, 1.3], createRandom(1))[0]).toBeGreaterThan(1);
  });
});
