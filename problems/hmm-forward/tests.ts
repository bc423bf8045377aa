import { defineTests, rng, type Rng } from '../../grader/kit.ts';

type Args = [number[], number[][], number[][], number[]];

function simplex(r: Rng, n: number, floor = 0.02): number[] {
  const v = Array.from({ length: n }, () => floor + r.uniform(0, 1));
  const s = v.reduce((a, b) => a + b, 0);
  const out = v.map((x) => x / s);
  out[n - 1] = 1 - out.slice(0, n - 1).reduce((a, b) => a + b, 0);
  return out;
}

function randomCase(seed: number, K: number, M: number, T: number): Args {
  const r = rng(seed);
  const A = Array.from({ length: K }, () => simplex(r, K));
  const B = Array.from({ length: K }, () => simplex(r, M));
  return [simplex(r, K), A, B, Array.from({ length: T }, () => r.int(0, M - 1))];
}

const PI = [0.6, 0.4];
const A2 = [[0.7, 0.3], [0.4, 0.6]];
const B2 = [[0.5, 0.4, 0.1], [0.1, 0.3, 0.6]];

export default defineTests({
  cases: [
    { name: 'worked example: two states, three observations', sample: true, args: [PI, A2, B2, [0, 1, 2]] },
    { name: 'an impossible observation', sample: true, args: [[1, 0], [[1, 0], [0, 1]], [[0.5, 0.5, 0], [0, 0, 1]], [0, 2, 1]], nanEqual: true },
    { name: 'one observation', args: [PI, A2, B2, [2]] },
    { name: 'no observations', args: [PI, A2, B2, []] },
    { name: 'non-symmetric transitions (direction matters)', args: [[0.5, 0.3, 0.2], [[0.1, 0.8, 0.1], [0.05, 0.15, 0.8], [0.7, 0.2, 0.1]], [[0.9, 0.1], [0.2, 0.8], [0.5, 0.5]], [0, 1, 1, 0, 1, 0, 0]] },
    { name: 'deterministic transitions', args: [[1, 0, 0], [[0, 1, 0], [0, 0, 1], [1, 0, 0]], [[0.6, 0.4], [0.3, 0.7], [0.5, 0.5]], [0, 1, 1, 0, 1, 0]] },
    { name: 'long sequence (unscaled α underflows)', args: randomCase(3501, 3, 4, 3000) },
    { name: 'single hidden state', args: [[1], [[1]], [[0.2, 0.3, 0.5]], [2, 0, 1, 2]] },
    { name: 'rows of A that do not sum to 1 throw', args: [PI, [[0.7, 0.4], [0.4, 0.6]], B2, [0, 1]], expectError: true },
    { name: 'observation out of range throws', args: [PI, A2, B2, [0, 3]], expectError: true },
    { name: 'B with the wrong number of rows throws', args: [PI, A2, [B2[0]!], [0]], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(3520 + i);
      return { name: `random ${i + 1}`, args: randomCase(3540 + i, r.int(2, 5), r.int(2, 6), r.int(2, 9)) };
    }),
    { name: 'large: 16 states, 5000 observations', args: randomCase(3599, 16, 10, 5000), weight: 2 },
  ],
});
