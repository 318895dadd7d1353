// Numbers the benchmarks share: seeded random sequences, so a run can be repeated exactly, and the
// percentiles their timings are reported by.

/** A repeatable sequence of numbers in [0, 1) from `seed` (a linear congruential generator). */
export function randomSequence(seed: number): () => number {
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** The value below which `share` of `values` lie (the upper one of two middle values for the median); NaN for none. */
export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? NaN;
}

export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}
