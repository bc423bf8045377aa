import { defineTests, rng, type TestCase } from '../../grader/kit.ts';

function randomCase(seed: number, n: number, s: number, scale: number): [number[], number] {
  const r = rng(seed);
  return [r.vector(n, -scale, scale), s];
}

const exactCodes = { rtol: 1e-12, atol: 1e-15, fields: { codes: { exact: true } } };

export default defineTests({
  cases: ([
    { name: 'worked example: step 0.5', sample: true, args: [[0.3, -0.7, 0.25, 0.75, -0.25, 1.1], 0.5] },
    { name: 'exact halves round to even', sample: true, args: [[0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5], 1] },
    { name: 'negative halves with step 0.25', args: [[-0.125, -0.375, -0.625, 0.875, 0.125], 0.25] },
    { name: 'values already on the grid', args: [[0, 0.25, -0.5, 1.75], 0.25] },
    { name: 'all zeros', args: [[0, 0, 0], 0.1] },
    { name: 'negative values', args: randomCase(3201, 10, 0.05, 1).map((v, i) => (i === 0 ? (v as number[]).map((x) => -Math.abs(x)) : v)) },
    { name: 'step larger than every weight', args: [[0.1, -0.2, 0.49, -0.51], 1] },
    { name: 'empty weight list', args: [[], 0.5] },
    { name: 'step 0 throws', args: [[0.1], 0], expectError: true },
    { name: 'negative step throws', args: [[0.1], -0.5], expectError: true },
    { name: 'non-finite weight throws', args: [[0.1, Number.POSITIVE_INFINITY], 0.5], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(3220 + i);
      return { name: `random ${i + 1}`, args: randomCase(3240 + i, r.int(1, 40), [0.01, 0.1, 0.05, 1 / 127, 0.2, 2 ** -6][i]!, r.uniform(0.1, 3)) };
    }),
    { name: 'large: 30000 weights, 8-bit step', args: randomCase(3299, 30000, 1 / 127, 1), weight: 2 },
  ] as TestCase[]).map((c) => ({ ...c, tolerance: exactCodes })),
});
