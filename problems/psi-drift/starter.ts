export function psi(expected: number[], actual: number[], buckets: number): { psi: number; level: number; expectedPct: number[]; actualPct: number[] } {
  // TODO: equal-width bins over the combined range, smoothed proportions, PSI and the drift level
  return { psi: 0, level: 0, expectedPct: [], actualPct: [] };
}
