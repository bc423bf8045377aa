import { defineTests, rng, type Rng } from '../../grader/kit.ts';

/** Whh scaled so its max absolute row sum (∞-norm) is `gain` (< 1 keeps the recurrence contractive). */
function recurrent(r: Rng, H: number, gain: number): number[][] {
  const W = r.matrix(H, H, -1, 1);
  const norm = Math.max(...W.map((row) => row.reduce((s, v) => s + Math.abs(v), 0)));
  return W.map((row) => row.map((v) => (v * gain) / norm));
}

function randomCase(seed: number, T: number, D: number, H: number, O: number, gain = 0.9) {
  const r = rng(seed);
  const xs = r.matrix(T, D, -1, 1);
  const h0 = r.vector(H, -0.5, 0.5);
  const Wxh = r.matrix(H, D, -1, 1).map((row) => row.map((v) => v / Math.sqrt(D)));
  const Whh = recurrent(r, H, gain);
  const bh = r.vector(H, -0.3, 0.3);
  const Why = r.matrix(O, H, -1, 1);
  const by = r.vector(O, -0.5, 0.5);
  return [xs, h0, Wxh, Whh, bh, Why, by];
}

export default defineTests({
  cases: [
    { name: 'one unit, two steps', sample: true, args: [[[1], [0]], [0], [[1]], [[0.5]], [0], [[2]], [1]] },
    { name: 'two units, three steps', sample: true, args: [[[1, 0, -1], [0.5, 0.5, 0], [0, -1, 2]], [0.1, -0.2], [[0.2, -0.1, 0.4], [0.3, 0.5, -0.2]], [[0.5, -0.3], [0.2, 0.4]], [0.1, -0.1], [[1, -1], [0.5, 2], [0, 1]], [0, 0.5, -1]] },
    { name: 'empty sequence', args: [[], [0.5, -0.5], [[1, 2, 3], [4, 5, 6]], [[0.1, 0], [0, 0.1]], [0, 0], [[1, 1]], [0]] },
    { name: 'single step', args: randomCase(11, 1, 3, 4, 2) },
    { name: 'zero recurrent weights', args: (() => { const a = randomCase(12, 6, 3, 4, 2); a[3] = [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]; return a; })() },
    { name: 'hidden size 1', args: randomCase(13, 8, 2, 1, 1) },
    { name: 'non-square input weights', args: randomCase(14, 5, 6, 2, 3) },
    { name: 'saturating weights', args: (() => { const a = randomCase(15, 6, 2, 3, 2) as number[][][]; a[2] = (a[2] as number[][]).map((row) => row.map((v) => 20 * v)); return a; })() },
    { name: 'nonzero initial state, no input', args: [[[0], [0], [0]], [0.9, -0.4], [[0], [0]], [[0.6, 0.3], [-0.2, 0.7]], [0, 0], [[1, 0], [0, 1]], [0, 0]] },
    { name: 'inconsistent Whh throws', expectError: true, args: [[[1]], [0, 0], [[1], [1]], [[1, 0]], [0, 0], [[1, 1]], [0]] },
    { name: 'hidden bias of the wrong length throws', expectError: true, args: [[[1]], [0], [[1]], [[0.5]], [0, 0], [[1]], [0]] },
    { name: 'output bias of the wrong length throws', expectError: true, args: [[[1]], [0], [[1]], [[0.5]], [0], [[1]], [0, 1]] },
    { name: 'input row of the wrong length throws', expectError: true, args: [[[1, 2]], [0], [[1]], [[0.5]], [0], [[1]], [0]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(80 + i);
      return { name: `random ${i + 1}`, args: randomCase(90 + i, r.int(2, 15), r.int(1, 5), r.int(1, 6), r.int(1, 4)) };
    }),
    { name: 'long sequence: 200 steps', args: randomCase(2000, 200, 4, 8, 3, 0.8), weight: 2 },
  ],
});
