import { defineTests, rng } from '../../grader/kit.ts';
import { vif } from './reference.ts';

/** Correlated features (a shared factor of strength `s`); redrawn until every R² stays below 1 − 1e-6. */
function randomCase(seed: number, n: number, d: number, s: number): [number[][]] {
  const r = rng(seed);
  for (;;) {
    const X = Array.from({ length: n }, () => {
      const z = r.normal();
      return Array.from({ length: d }, (_, j) => s * z + r.normal(j, 1 + j));
    });
    if (vif(X).every((v) => Number.isFinite(v) && v < 1e6)) return [X];
  }
}

const r3 = rng(4610);
const three = Array.from({ length: 12 }, () => {
  const a = r3.normal(), b = r3.normal();
  return [a, b, a + b + r3.normal(0, 0.3)];
});

export default defineTests({
  cases: [
    { name: 'two correlated columns', sample: true, args: [[[1, 2], [2, 3.5], [3, 3.9], [4, 6.1], [5, 6.8], [6, 8.2]]] },
    { name: 'orthogonal columns', sample: true, args: [[[1, 1], [1, -1], [-1, 1], [-1, -1]]] },
    { name: 'three columns, one a noisy sum', args: [three] },
    { name: 'exact linear combination', args: [[[1, 2, 3], [2, 1, 3], [0, 4, 4], [3, 3, 6], [5, 1, 6]]] },
    { name: 'columns far from zero', args: [[[1000.5, 2000.1], [1001.2, 1999.4], [999.8, 2000.9], [1000.9, 2000.2], [1000.1, 1999.7], [1001.7, 2000.6]]] },
    { name: 'a constant column', args: [[[1, 5, 2], [2, 5, 1], [3, 5, 4], [4, 5, 3]]], nanEqual: true },
    { name: 'one column', args: [[[3], [1], [4], [1], [5]]] },
    { name: 'two rows', args: [[[1, 2], [3, 5]]] },
    { name: 'one row throws', args: [[[1, 2]]], expectError: true },
    { name: 'ragged rows throw', args: [[[1, 2], [3]]], expectError: true },
    { name: 'NaN throws', args: [[[1, 2], [3, NaN], [2, 2]]], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(4600 + i, 15 + 10 * i, 2 + i, 0.5 + i) })),
    { name: 'large: 4000 rows, 8 columns', args: randomCase(4699, 4000, 8, 3), weight: 2 },
  ],
});
