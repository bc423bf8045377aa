import { defineTests, rng } from '../../grader/kit.ts';

/** m random distributions over k outcomes; some entries zeroed when `zeros` is set. */
function dists(seed: number, m: number, k: number, zeros: boolean): number[][] {
  const r = rng(seed);
  return Array.from({ length: m }, () => {
    const w = Array.from({ length: k }, (_, j) => (zeros && j > 0 && r.uniform() < 0.25 ? 0 : r.uniform(0.05, 1)));
    const s = w.reduce((a, b) => a + b, 0);
    return w.map((v) => v / s);
  });
}

export default defineTests({
  cases: [
    { name: 'zero in P', sample: true, args: [[[0.5, 0.5, 0]], [[0.25, 0.25, 0.5]]] },
    { name: 'two rows', sample: true, args: [[[0.1, 0.9], [0.4, 0.6]], [[0.5, 0.5], [0.4, 0.6]]] },
    { name: 'identical rows', args: [[[0.2, 0.3, 0.5]], [[0.2, 0.3, 0.5]]] },
    { name: 'zero in Q where P is positive', args: [[[0.25, 0.25, 0.5]], [[0.5, 0.5, 0]]] },
    { name: 'zero in both', args: [[[0.5, 0, 0.5]], [[0.25, 0, 0.75]]] },
    { name: 'asymmetry forward', args: [[[0.9, 0.1]], [[0.5, 0.5]]] },
    { name: 'asymmetry backward', args: [[[0.5, 0.5]], [[0.9, 0.1]]] },
    { name: 'point mass', args: [[[1, 0, 0, 0]], [[0.25, 0.25, 0.25, 0.25]]] },
    { name: 'no rows', args: [[], []] },
    { name: 'row not summing to one throws', args: [[[0.5, 0.4]], [[0.5, 0.5]]], expectError: true },
    { name: 'NaN entry throws', args: [[[0.5, NaN, 0.5]], [[0.2, 0.3, 0.5]]], expectError: true },
    { name: 'a Q row not summing to one throws', args: [[[0.5, 0.5]], [[0.5, 0.6]]], expectError: true },
    { name: 'rows within 1e-6 of summing to one are accepted', args: [[[0.3, 0.7 + 5e-7], [0.5, 0.5]], [[0.6, 0.4], [0.25, 0.75 - 5e-7]]] },
    { name: 'negative entry throws', args: [[[1.2, -0.2]], [[0.5, 0.5]]], expectError: true },
    { name: 'shape mismatch throws', args: [[[0.5, 0.5]], [[0.2, 0.3, 0.5]]], expectError: true },
    ...Array.from({ length: 4 }, (_, i) => ({ name: `random ${i + 1}`, args: [dists(700 + i, 5, 6, false), dists(800 + i, 5, 6, false)] })),
    ...Array.from({ length: 2 }, (_, i) => ({ name: `random with zeros in P ${i + 1}`, args: [dists(900 + i, 6, 8, true), dists(950 + i, 6, 8, false)] })),
    { name: 'large 500x200', args: [dists(1000, 500, 200, true), dists(1001, 500, 200, false)], weight: 2 },
  ],
});
