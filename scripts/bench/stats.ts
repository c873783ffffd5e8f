/** Summaries of timing samples. Nearest-rank percentiles, so a reported value is one that happened. */

/** Median, p95 and extremes of a list of samples (milliseconds). */
export interface Summary {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/** The value at percentile `p` (0–100) by the nearest-rank method; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

/** The median; the mean of the middle two for an even count. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}

/** Summarises samples. */
export function summarize(samples: readonly number[]): Summary {
  return {
    n: samples.length,
    median: median(samples),
    p95: percentile(samples, 95),
    min: samples.length > 0 ? Math.min(...samples) : Number.NaN,
    max: samples.length > 0 ? Math.max(...samples) : Number.NaN,
  };
}

/** Differences between consecutive timestamps (frame intervals from requestAnimationFrame times). */
export function intervals(timestamps: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < timestamps.length; i++) out.push((timestamps[i] ?? 0) - (timestamps[i - 1] ?? 0));
  return out;
}

/** Rounds for the report: NaN (nothing measured) becomes null so the JSON stays valid. */
export function round(value: number, decimals = 1): number | null {
  if (!Number.isFinite(value)) return null;
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** The arithmetic mean; NaN for no samples. */
export function mean(samples: readonly number[]): number {
  return samples.length === 0 ? Number.NaN : samples.reduce((a, b) => a + b, 0) / samples.length;
}

/**
 * A 95 % interval for the median of `samples`, by the percentile bootstrap: `resamples` draws with
 * replacement from a seeded generator, so the same samples give the same interval. A ratio whose interval
 * holds 1 is one the bench cannot tell from no change.
 */
export function bootstrapMedianInterval(
  samples: readonly number[],
  random: () => number,
  resamples = 2000,
): [number, number] {
  if (samples.length === 0) return [Number.NaN, Number.NaN];
  const medians: number[] = [];
  for (let i = 0; i < resamples; i++) {
    const draw = Array.from(
      { length: samples.length },
      () => samples[Math.floor(random() * samples.length)] ?? Number.NaN,
    );
    medians.push(median(draw));
  }
  return [percentile(medians, 2.5), percentile(medians, 97.5)];
}
