import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[][], number[][], number[], number[][], number[][], number[], number[][], number[]];

/** Weights uniform in ±whScale/√H for Whh (spectral radius roughly whScale), inputs and targets of order 1. */
function randomCase(seed: number, T: number, D: number, H: number, O: number, whScale = 0.8, zeroTargets = false): Args {
  const r = rng(seed);
  const s = 1 / Math.sqrt(H);
  return [
    r.matrix(T, D, -1, 1),
    zeroTargets ? Array.from({ length: T }, () => new Array<number>(O).fill(0)) : r.matrix(T, O, -1, 1),
    r.vector(H, -0.5, 0.5),
    r.matrix(H, D, -1, 1),
    r.matrix(H, H, -whScale * s * 1.7, whScale * s * 1.7),
    r.vector(H, -0.3, 0.3),
    r.matrix(O, H, -1, 1),
    r.vector(O, -0.3, 0.3),
  ];
}

export default defineTests({
  cases: [
    { name: 'worked example: two steps, one unit', sample: true, args: [[[1], [0]], [[2], [1]], [0], [[1]], [[0.5]], [0], [[2]], [1]] },
    { name: 'three steps, two hidden units', sample: true, args: randomCase(101, 3, 2, 2, 1) },
    { name: 'one step', args: randomCase(102, 1, 3, 4, 2) },
    { name: 'zero targets', args: randomCase(103, 5, 2, 3, 2, 0.8, true) },
    { name: 'non-symmetric recurrent matrix', args: [[[1, 0], [0, 1], [1, 1]], [[0.5], [-0.5], [1]], [0.1, -0.2], [[0.8, -0.3], [0.2, 0.5]], [[0.1, 0.9], [-0.6, 0.2]], [0.05, -0.05], [[1, -1]], [0.1]] },
    { name: 'Whh = 0: each step on its own', args: (() => { const a = randomCase(104, 4, 2, 3, 2); a[4] = a[4].map((row) => row.map(() => 0)); return a; })() },
    { name: 'non-square Wxh and Why', args: randomCase(105, 4, 5, 2, 3) },
    { name: 'long sequence with a contractive Whh (vanishing dh0)', args: randomCase(106, 100, 2, 4, 1, 0.3) },
    { name: 'large Whh (saturating states)', args: randomCase(107, 12, 2, 4, 2, 2.5) },
    { name: 'empty sequence', args: [[], [], [0.2, -0.1], [[1], [0.5]], [[0.3, 0], [0.1, 0.2]], [0, 0], [[1, 1]], [0]] },
    { name: 'targets of the wrong length throw', args: [[[1], [0]], [[2]], [0], [[1]], [[0.5]], [0], [[2]], [1]], expectError: true },
    { name: 'Whh not H×H throws', args: [[[1], [0]], [[2], [1]], [0, 0], [[1], [1]], [[0.5, 0]], [0, 0], [[2, 1]], [1]], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(200 + i);
      return { name: `random ${i + 1}`, args: randomCase(220 + i, r.int(2, 12), r.int(1, 5), r.int(1, 6), r.int(1, 4), r.uniform(0.3, 1.2)) };
    }),
    { name: 'large: 300 steps, 32 hidden units', args: randomCase(999, 300, 16, 32, 8, 0.9), weight: 2 },
  ],
});
