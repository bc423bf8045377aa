import { defineTests, rng } from '../../grader/kit.ts';

/** n samples, d → H → K, `steps` mini-batches of `batch` rows drawn from successive shuffles, masks kept with probability 1 − p. */
function randomCase(seed: number, n: number, d: number, H: number, K: number, batch: number, steps: number, p: number, lr = 0.05) {
  const r = rng(seed);
  const X = r.matrix(n, d, -2, 2);
  const y = Array.from({ length: n }, () => r.int(0, K - 1));
  const W1 = r.matrix(d, H, -0.8, 0.8);
  const W2 = r.matrix(H, K, -0.8, 0.8);
  const order: number[] = [];
  const batches: number[][] = [];
  for (let s = 0; s < steps; s++) {
    if (order.length < batch) {
      const perm = Array.from({ length: n }, (_, i) => i);
      for (let i = n - 1; i > 0; i--) {
        const j = r.int(0, i);
        [perm[i], perm[j]] = [perm[j]!, perm[i]!];
      }
      order.push(...perm);
    }
    batches.push(order.splice(0, Math.min(batch, n)));
  }
  const masks = batches.map((b) => b.map(() => Array.from({ length: H }, () => (r.uniform() < p ? 0 : 1))));
  return [X, y, W1, r.vector(H, -0.2, 0.2), W2, r.vector(K, -0.2, 0.2), batches, masks, p, lr, 0.9, 0.999, 1e-8];
}

const X3 = [[1, 0], [0, 1], [1, 1]];
const W1 = [[0.5, -0.5], [0.25, 0.5]];
const W2 = [[1, -1], [-0.5, 0.5]];
const example = [X3, [0, 1, 1], W1, [0, 0.1], W2, [0, 0], [[0, 1], [2]], [[[1, 0], [1, 1]], [[1, 1]]], 0.5, 0.1, 0.9, 0.999, 1e-8];
const withMasks = (c: unknown[], f: (masks: number[][][]) => number[][][]) => { const a = [...c]; a[7] = f(a[7] as number[][][]); return a; };

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: example },
    { name: 'no dropout, three full-batch steps', sample: true, args: [X3, [0, 1, 1], W1, [0, 0.1], W2, [0, 0], [[0, 1, 2], [0, 1, 2], [0, 1, 2]], [[[1, 1], [1, 1], [1, 1]], [[1, 1], [1, 1], [1, 1]], [[1, 1], [1, 1], [1, 1]]], 0, 0.1, 0.9, 0.999, 1e-8] },
    { name: 'p = 0.5 with every unit kept', args: withMasks(randomCase(2101, 12, 3, 4, 3, 4, 6, 0.5), (m) => m.map((b) => b.map((row) => row.map(() => 1)))) },
    { name: 'a mask that drops every hidden unit', args: withMasks(randomCase(2102, 10, 3, 5, 3, 5, 4, 0.3), (m) => m.map((b, s) => (s === 1 ? b.map((row) => row.map(() => 0)) : b))) },
    { name: 'single-sample batches', args: randomCase(2103, 6, 2, 3, 2, 1, 10, 0.25) },
    { name: 'a class absent from every batch', args: (() => { const a = randomCase(2104, 10, 3, 4, 4, 5, 6, 0.2); a[1] = (a[1] as number[]).map((c) => (c === 3 ? 0 : c)); return a; })() },
    { name: 'no batches returns the parameters unchanged', args: [X3, [0, 1, 1], W1, [0, 0.1], W2, [0, 0], [], [], 0.5, 0.1, 0.9, 0.999, 1e-8] },
    { name: 'lr = 0 keeps the parameters', args: randomCase(2105, 8, 3, 4, 3, 4, 3, 0.5, 0) },
    { name: 'custom betas and a large epsilon', args: (() => { const a = randomCase(2106, 9, 2, 4, 3, 3, 8, 0.2, 0.02); a[10] = 0.5; a[11] = 0.9; a[12] = 1e-3; return a; })() },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(2200 + i);
      const n = r.int(6, 24);
      return { name: `random ${i + 1}`, args: randomCase(2210 + i, n, r.int(2, 6), r.int(2, 8), r.int(2, 5), r.int(1, n), r.int(5, 20), [0, 0.2, 0.5][i % 3]!) };
    }),
    { name: 'large: 200 samples, 20 → 32 → 5, 20 steps', args: randomCase(2300, 200, 20, 32, 5, 20, 20, 0.3), weight: 2 },
    { name: 'a label out of range throws', args: (() => { const a = [...example]; a[1] = [0, 2, 1]; return a; })(), expectError: true },
    { name: 'p = 1 throws', args: (() => { const a = [...example]; a[8] = 1; return a; })(), expectError: true },
    { name: 'a mask of the wrong shape throws', args: withMasks(example, (m) => [m[0]!, [[1, 1, 1]]]), expectError: true },
    { name: 'weights that do not chain throw', args: (() => { const a = [...example]; a[4] = [[1, -1]]; return a; })(), expectError: true },
  ],
});
