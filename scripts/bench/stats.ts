/** Summary statistics for bench samples (milliseconds unless said otherwise). */

export interface Summary {
  n: number;
  median: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile of sorted values (p in 0..100). */
const percentile = (sorted: readonly number[], p: number): number => {
  if (!sorted.length) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
};

export const round = (value: number, digits = 1): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

export const summarize = (samples: readonly number[], digits = 1): Summary => {
  const sorted = [...samples].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const mean = sorted.reduce((sum, v) => sum + v, 0) / (sorted.length || 1);
  return {
    n: sorted.length,
    median: round(percentile(sorted, 50), digits),
    p95: round(percentile(sorted, 95), digits),
    mean: round(mean, digits),
    min: round(sorted[0] ?? Number.NaN, digits),
    max: round(sorted[sorted.length - 1] ?? Number.NaN, digits),
  };
};

export const median = (samples: readonly number[]): number => summarize(samples, 6).median;
