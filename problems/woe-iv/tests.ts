import { defineTests, rng } from '../../grader/kit.ts';

/** Applicants in B score bands whose default rate falls with the band. */
function randomCase(seed: number, n: number, B: number): [number[], number[], number] {
  const r = rng(seed);
  const bins: number[] = [], y: number[] = [];
  for (let i = 0; i < n; i++) {
    const b = r.int(0, B - 1);
    bins.push(b);
    y.push(r.uniform() < 0.35 - (0.3 * b) / B ? 1 : 0);
  }
  if (!y.includes(1)) y[0] = 1;
  if (!y.includes(0)) y[1] = 0;
  return [bins, y, B];
}

export default defineTests({
  cases: [
    { name: 'three bands', sample: true, args: [[0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2], [1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0], 3] },
    { name: 'two bands', sample: true, args: [[0, 1, 0, 1, 0, 1], [1, 0, 1, 0, 0, 0], 2] },
    { name: 'four risk bands', args: [[0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 0, 1, 2, 3], [1, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1], 4] },
    { name: 'a bin without events', args: [[0, 0, 1, 1, 2, 2, 2], [1, 0, 1, 0, 0, 0, 0], 3] },
    { name: 'an empty bin', args: [[0, 0, 2, 2, 2], [1, 0, 1, 0, 0], 3] },
    { name: 'a single bin', args: [[0, 0, 0], [1, 0, 0], 1] },
    { name: 'no events throws', args: [[0, 1], [0, 0], 2], expectError: true },
    { name: 'no non-events throws', args: [[0, 1], [1, 1], 2], expectError: true },
    { name: 'bin id out of range throws', args: [[0, 2], [1, 0], 2], expectError: true },
    { name: 'target 2 throws', args: [[0, 1], [1, 2], 2], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(4800 + i, 40 + 60 * i, 3 + i) })),
    { name: 'large: 200000 applicants, 20 bands', args: randomCase(4899, 200_000, 20), weight: 2 },
  ],
});
