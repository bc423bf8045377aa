import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[], number[][], number[][], number[][], number[], number[]];

function randomCase(seed: number, S: number, ds: number, dh: number, A: number, scale = 1): Args {
  const r = rng(seed);
  return [
    r.vector(ds, -1, 1),
    r.normalMatrix(S, dh),
    r.matrix(A, ds, -scale, scale),
    r.matrix(A, dh, -scale, scale),
    r.vector(A, -0.5, 0.5),
    r.vector(A, -2, 2),
  ];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[1, 0], [[1, 0], [0, 1], [1, 1]], [[1, 0], [0, 1]], [[1, 0], [0, 1]], [0, 0], [1, -1]] },
    { name: 'one-unit attention layer (bounded energies)', sample: true, args: [[0.5, -1], [[1, 2], [-1, 0], [0.5, 0.5]], [[0.3, -0.2]], [[0.4, 0.1]], [0.1], [1]] },
    { name: 'single encoder output', args: randomCase(901, 1, 3, 4, 5) },
    { name: 'identical encoder outputs give uniform weights', args: (() => { const a = randomCase(902, 5, 3, 3, 4); a[1] = a[1].map(() => [0.3, -1.2, 0.8]); return a; })() },
    { name: 'decoder and encoder widths differ', args: randomCase(903, 6, 2, 5, 3) },
    { name: 'attention width larger than both', args: randomCase(904, 4, 3, 2, 8) },
    { name: 'saturating tanh', args: randomCase(905, 5, 4, 4, 3, 40) },
    { name: 'large v (peaked weights)', args: (() => { const a = randomCase(906, 6, 3, 3, 3); a[5] = a[5].map((x) => 400 * x); return a; })() },
    { name: 'encoder width 1', args: randomCase(907, 4, 2, 1, 2) },
    { name: 'no encoder outputs throws', args: [[1, 0], [], [[1, 0]], [[1]], [0], [1]], expectError: true },
    { name: 'Wh of the wrong width throws', args: [[1, 0], [[1, 0], [0, 1]], [[1, 0]], [[1, 0, 0]], [0], [1]], expectError: true },
    { name: 'b of the wrong length throws', args: [[1, 0], [[1, 0], [0, 1]], [[1, 0]], [[1, 0]], [0, 0], [1]], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(920 + i);
      return { name: `random ${i + 1}`, args: randomCase(940 + i, r.int(2, 10), r.int(1, 6), r.int(1, 6), r.int(1, 8), r.uniform(0.3, 2)) };
    }),
    { name: 'large: 2000 encoder outputs of width 64', args: randomCase(999, 2000, 64, 64, 32), weight: 2 },
  ],
});
