import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, n: number, m: number, scale: number): [number[], number[]] {
  const r = rng(seed);
  return [r.vector(n, -scale, scale).map((v) => v + 1), r.vector(m, -scale, scale).map((v) => v - 1)];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[2, 0.5], [-1, -3]] },
    { name: 'D = 0.5 everywhere', sample: true, args: [[0, 0], [0]] },
    { name: 'logits of ±50 stay finite', args: [[50, -50, 3], [-50, 50]] },
    { name: 'logits of ±800 stay finite', args: [[800, -800], [-800, 800, 0]] },
    { name: 'confident discriminator: the saturating gradient vanishes', args: [[9, 12, 10], [-15, -20, -12, -18]], tolerance: { rtol: 1e-9, atol: 1e-15 } },
    { name: 'fooled discriminator', args: [[-4, -6], [5, 7, 6]] },
    { name: 'batches of different sizes', args: randomCase(2101, 3, 7, 4) },
    { name: 'single real and single fake', args: [[1.5], [-0.5]] },
    { name: 'empty real batch throws', args: [[], [0.5]], expectError: true },
    { name: 'empty fake batch throws', args: [[0.5], []], expectError: true },
    { name: 'NaN logit throws', args: [[0.5, Number.NaN], [0.5]], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(2120 + i);
      return { name: `random ${i + 1}`, args: randomCase(2140 + i, r.int(1, 30), r.int(1, 30), r.uniform(0.5, 20)) };
    }),
    { name: 'large: 30000 real and 30000 fake logits', args: randomCase(2199, 30000, 30000, 10), weight: 2 },
  ],
});
