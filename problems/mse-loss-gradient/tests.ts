import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, n: number, k: number, offset = 0, noise = 1): [number[][], number[][]] {
  const r = rng(seed);
  const y = r.matrix(n, k, offset - 5, offset + 5);
  return [y, y.map((row) => row.map((v) => v + r.normal(0, noise)))];
}

export default defineTests({
  cases: [
    { name: 'worked example: 2×2', sample: true, args: [[[1, 2], [3, 4]], [[1.5, 2], [2, 4.5]]] },
    { name: 'one output per example', sample: true, args: [[[1], [2], [3]], [[2], [2], [1]]] },
    { name: 'several outputs per example', args: randomCase(2401, 4, 3) },
    { name: 'single element', args: [[[3]], [[-1]]] },
    { name: 'perfect prediction gives a zero gradient', args: [[[1, -2, 3], [0.5, 0, 7]], [[1, -2, 3], [0.5, 0, 7]]] },
    { name: 'values around 1e6', args: randomCase(2402, 5, 4, 1e6, 0.01) },
    { name: 'one example, many outputs', args: randomCase(2403, 1, 12) },
    { name: 'shape mismatch throws', args: [[[1, 2], [3, 4]], [[1, 2]]], expectError: true },
    { name: 'row length mismatch throws', args: [[[1, 2], [3, 4]], [[1, 2], [3]]], expectError: true },
    { name: 'empty input throws', args: [[], []], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(2420 + i);
      return { name: `random ${i + 1}`, args: randomCase(2440 + i, r.int(1, 20), r.int(2, 8), r.uniform(-50, 50), r.uniform(0.1, 5)) };
    }),
    { name: 'large: 1000 × 16', args: randomCase(2499, 1000, 16), weight: 2 },
  ],
});
