import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[], number[], number[][], number[]];

function randomCase(seed: number, n: number, m: number, K: number, scale: number, soft: boolean): Args {
  const r = rng(seed);
  const yb = Array.from({ length: n }, () => (soft ? r.uniform(0, 1) : r.uniform() < 0.5 ? 1 : 0));
  return [r.vector(n, -scale, scale), yb, r.normalMatrix(m, K, 0, scale), Array.from({ length: m }, () => r.int(0, K - 1))];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[2, -1, 0], [1, 0, 0.5], [[2, 1, 0], [0, 0, 3]], [0, 1]] },
    { name: 'confidently wrong logits stay finite', sample: true, args: [[100, -100], [0, 1], [[1000, 0]], [1]] },
    { name: 'logits of ±800', args: [[800, -800, 800], [1, 0, 0], [[-800, 800, 0], [800, -800, 799]], [0, 2]] },
    { name: 'confidently right logits give tiny losses', args: [[40, -40], [1, 0], [[50, 0, 0], [0, 0, 60]], [0, 2]], tolerance: { rtol: 1e-9, atol: 1e-15 } },
    { name: 'soft binary labels', args: randomCase(2501, 6, 2, 3, 3, true) },
    { name: 'identical logits give log K', args: [[0], [1], [[2.5, 2.5, 2.5, 2.5]], [3]] },
    { name: 'one class (K = 1) gives 0', args: [[0.3], [0], [[7], [-2]], [0, 0]] },
    { name: 'batch of one', args: [[-0.7], [1], [[0.1, -0.4, 2.2, 0.9]], [2]] },
    { name: 'label out of range throws', args: [[0], [1], [[1, 2]], [2]], expectError: true },
    { name: 'binary label outside [0, 1] throws', args: [[0, 1], [1, 2], [[1, 2]], [0]], expectError: true },
    { name: 'length mismatch throws', args: [[0, 1], [1], [[1, 2]], [0]], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(2520 + i);
      return { name: `random ${i + 1}`, args: randomCase(2540 + i, r.int(1, 30), r.int(1, 12), r.int(2, 10), r.uniform(0.5, 20), i % 2 === 0) };
    }),
    { name: 'large: 20000 binary logits and 500 rows of 50 classes', args: randomCase(2599, 20000, 500, 50, 5, false), weight: 2 },
  ],
});
