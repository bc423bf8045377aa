import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[][], number[], number[], number];

function randomCase(seed: number, n: number, d: number, scale: number, offset: number, eps = 1e-5): Args {
  const r = rng(seed);
  const x = Array.from({ length: n }, () => {
    const rowOffset = offset * r.uniform(-1, 1);
    return Array.from({ length: d }, () => rowOffset + scale * r.normal());
  });
  const gamma = Array.from({ length: d }, () => r.uniform(0.5, 2) * (r.uniform(0, 1) < 0.2 ? -1 : 1));
  const beta = Array.from({ length: d }, () => r.uniform(-1, 1));
  return [x, gamma, beta, eps];
}

/** Rows around 1e6 with variations of about ±0.05: one-pass variance cancels catastrophically. */
function largeOffsetCase(seed: number, n: number, d: number): Args {
  const r = rng(seed);
  const x = Array.from({ length: n }, () => {
    const base = 1e6 + r.uniform(-100, 100);
    return Array.from({ length: d }, () => base + 0.05 * r.normal());
  });
  return [x, Array.from({ length: d }, () => r.uniform(0.5, 1.5)), Array.from({ length: d }, () => r.uniform(-0.5, 0.5)), 1e-5];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[[1, 2, 3, 4], [2, 2, 2, 2]], [1, 1, 2, 2], [0, 0, 0, 1], 1e-5] },
    { name: 'three rows, unit gamma', sample: true, args: [[[0.5, -1, 2], [3, 3.5, -2], [10, 0, -10]], [1, 1, 1], [0, 0, 0], 1e-5] },
    { name: 'constant rows give beta', args: [[[7, 7, 7], [-0.1, -0.1, -0.1]], [2, -1, 0.5], [0.3, -0.2, 1], 1e-5] },
    { name: 'single feature gives beta', args: [[[3], [-8], [0.25]], [4], [-1.5], 1e-5] },
    { name: 'small variance: eps inside the root', args: [[[1, 1.01, 0.99, 1.02, 0.98]], [1, 1, 1, 1, 1], [0, 0, 0, 0, 0], 1e-5] },
    { name: 'large eps', args: [[[0.1, -0.2, 0.3, 0.05]], [1, 2, 3, 4], [0, 0, 0, 0], 0.1] },
    { name: 'two features', args: [[[1, 3], [-4, 6]], [1, 1], [0, 0], 1e-5] },
    { name: 'rows near 1e6 with small variations', args: largeOffsetCase(701, 6, 16) },
    { name: 'rows near 1e6, wide rows', args: largeOffsetCase(702, 3, 256) },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(710 + i);
      return { name: `random ${i + 1}`, args: randomCase(720 + i, r.int(1, 8), r.int(2, 16), r.uniform(0.1, 5), r.uniform(0, 20)) };
    }),
    { name: 'large: 512 rows × 512 features', args: randomCase(799, 512, 512, 3, 50), weight: 2 },
  ],
});
