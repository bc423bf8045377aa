import { defineTests, rng, rowsSumTo, type TestCase } from '../../grader/kit.ts';

type Args = [number[][], number[][], number];

const gumbel = (u: number) => -Math.log(-Math.log(Math.min(Math.max(u, 1e-10), 1 - 1e-10)));

/** Random logits and uniforms; a row is redrawn while its two largest perturbed logits are within 1e-6. */
function randomCase(seed: number, n: number, K: number, tau: number, scale = 2): Args {
  const r = rng(seed);
  const logits: number[][] = [];
  const u: number[][] = [];
  while (logits.length < n) {
    const l = r.vector(K, -scale, scale);
    const uu = r.vector(K, 0, 1);
    const pert = l.map((v, j) => v + gumbel(uu[j]!)).sort((a, b) => b - a);
    if (K > 1 && pert[0]! - pert[1]! < 1e-6) continue;
    logits.push(l);
    u.push(uu);
  }
  return [logits, u, tau];
}

const L = [[Math.log(0.5), Math.log(0.3), Math.log(0.2)]];
const exactHard = { rtol: 1e-9, atol: 1e-12, fields: { hard: { exact: true } } };

export default defineTests({
  checks: { softRows: rowsSumTo(1, { field: 'soft', within: [0, 1] }) },
  cases: ([
    { name: 'worked example: τ = 1', sample: true, args: [L, [[0.2, 0.9, 0.5]], 1] },
    { name: 'worked example: τ = 0.1', sample: true, args: [L, [[0.2, 0.9, 0.5]], 0.1] },
    { name: 'uniforms of exactly 0 and 1 are clipped', args: [[[0, 0, 0], [1, -1, 0.5]], [[0, 1, 0.5], [1, 0.3, 0]], 1] },
    { name: 'tiny temperature: soft ≈ hard', args: randomCase(3001, 4, 5, 0.01) },
    { name: 'huge temperature: soft ≈ uniform', args: randomCase(3002, 3, 6, 100) },
    { name: 'a -Infinity logit is never chosen', args: [[[0, Number.NEGATIVE_INFINITY, 1], [Number.NEGATIVE_INFINITY, 2, 2.5]], [[0.3, 0.999, 0.1], [0.99, 0.5, 0.2]], 0.5] },
    { name: 'one class', args: [[[1.5], [-3]], [[0.7], [0.2]], 0.5] },
    { name: 'large logits', args: randomCase(3003, 3, 4, 0.5, 800) },
    { name: 'τ = 0 throws', args: [L, [[0.2, 0.9, 0.5]], 0], expectError: true },
    { name: 'u of the wrong shape throws', args: [L, [[0.2, 0.9]], 1], expectError: true },
    { name: 'uniform outside [0, 1] throws', args: [L, [[0.2, 1.5, 0.5]], 1], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(3020 + i);
      return { name: `random ${i + 1}`, args: randomCase(3040 + i, r.int(1, 10), r.int(2, 12), r.uniform(0.1, 3)) };
    }),
    { name: 'large: 800 rows of 40 classes', args: randomCase(3099, 800, 40, 0.5), weight: 2 },
  ] as TestCase[]).map((c) => ({ ...c, tolerance: exactHard, ...(c.expectError ? {} : { check: 'softRows' }) })),
});
