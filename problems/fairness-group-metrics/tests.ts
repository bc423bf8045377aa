import { defineTests, rng, type TestCase } from '../../grader/kit.ts';

/** Applicants in `k` groups (ids spread out, not contiguous) with group-dependent default and denial rates. */
function randomCase(seed: number, n: number, k: number): [number[], number[], number[]] {
  const r = rng(seed);
  const ids = Array.from({ length: k }, (_, g) => 5 * ((g * 7) % k) + r.int(0, 3)); // distinct, not contiguous, not sorted
  const bias = ids.map(() => r.uniform(-0.15, 0.15));
  const y: number[] = [], p: number[] = [], g: number[] = [];
  for (let i = 0; i < n; i++) {
    const j = r.int(0, k - 1);
    const yi = r.uniform() < 0.25 ? 1 : 0;
    g.push(ids[j]!);
    y.push(yi);
    p.push(r.uniform() < (yi ? 0.7 : 0.2) + bias[j]! ? 1 : 0);
  }
  return [y, p, g];
}

const tolerance = { rtol: 1e-12, atol: 1e-12, fields: { groups: { exact: true }, count: { exact: true } } };

const cases: TestCase[] = [
  { name: 'two groups', sample: true, args: [[1, 0, 0, 1, 0, 0, 1, 0], [1, 0, 1, 1, 0, 0, 0, 0], [0, 0, 0, 0, 1, 1, 1, 1]] },
  { name: 'three groups, one rejected more', sample: true, args: [[0, 0, 1, 0, 1, 0], [0, 1, 1, 1, 1, 0], [2, 2, 5, 5, 9, 9]] },
  { name: 'group ids out of order', args: [[0, 1, 0, 0, 1, 0], [0, 1, 1, 0, 0, 0], [7, 7, 3, 3, 12, 12]] },
  { name: 'group without defaulters', args: [[0, 0, 1, 1, 0], [1, 0, 1, 0, 0], [1, 1, 2, 2, 2]] },
  { name: 'group without good payers', args: [[1, 1, 0, 1], [1, 0, 0, 1], [4, 4, 6, 6]] },
  { name: 'single group', args: [[0, 1, 0], [0, 1, 1], [5, 5, 5]] },
  { name: 'nobody approved', args: [[0, 1, 0, 1], [1, 1, 1, 1], [0, 0, 1, 1]] },
  { name: 'one group approved, one not', args: [[0, 0, 0, 0], [0, 0, 1, 1], [0, 0, 1, 1]] },
  { name: 'negative and fractional group ids', args: [[0, 1, 0, 1, 0], [0, 1, 0, 0, 1], [-1, 2.5, -1, 2.5, 0]] },
  { name: 'probability predictions throw', args: [[0, 1], [0.3, 0.8], [0, 1]], expectError: true },
  { name: 'label 2 throws', args: [[0, 2], [0, 1], [0, 1]], expectError: true },
  { name: 'length mismatch throws', args: [[0, 1, 0], [0, 1], [0, 1, 1]], expectError: true },
  { name: 'empty input throws', args: [[], [], []], expectError: true },
  ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(2200 + i, 30 + 40 * i, 2 + i) })),
  { name: 'large: 50000 applicants in 50 groups', args: randomCase(2299, 50_000, 50), weight: 2 },
];

export default defineTests({ cases: cases.map((c) => ({ ...c, tolerance })) });
