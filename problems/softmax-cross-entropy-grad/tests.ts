import { defineTests, rng, rowsSumTo } from '../../grader/kit.ts';

function oneHot(labels: number[], K: number): number[][] {
  return labels.map((c) => Array.from({ length: K }, (_, k) => (k === c ? 1 : 0)));
}

function randomCase(seed: number, m: number, K: number, scale: number, soft: boolean) {
  const r = rng(seed);
  const Z = r.matrix(m, K, -scale, scale);
  const Y = soft
    ? Array.from({ length: m }, () => {
        const w = r.vector(K, 0, 1);
        const s = w.reduce((a, b) => a + b, 0);
        return w.map((v) => v / s);
      })
    : oneHot(Array.from({ length: m }, () => r.int(0, K - 1)), K);
  return [Z, Y];
}

export default defineTests({
  // every row of dLogits sums to 0 (the rows of P and Y both sum to 1)
  checks: { rowsSumToZero: rowsSumTo(0, { field: 'dLogits' }) },
  cases: [
    { name: 'one row, three classes', sample: true, check: 'rowsSumToZero', args: [[[1, 2, 3]], [[0, 0, 1]]] },
    { name: 'soft label row, batch of two', sample: true, check: 'rowsSumToZero', args: [[[2, 0], [0, 1]], [[0.75, 0.25], [0, 1]]] },
    { name: 'logit 1000 on a wrong class', check: 'rowsSumToZero', args: [[[1000, 0, -3], [0.5, 1, 2]], [[0, 1, 0], [1, 0, 0]]] },
    { name: 'logits around 1000', check: 'rowsSumToZero', args: [[[1000, 1001, 999.5], [-1000, -1001, -999.25]], [[0, 1, 0], [0, 0, 1]]] },
    { name: 'large offset', check: 'rowsSumToZero', args: [[[10000.5, 10001, 9999.75, 10000]], [[0.25, 0.25, 0.5, 0]]] },
    { name: 'probability underflows on a zero-target class', check: 'rowsSumToZero', args: [[[0, -1000, 3], [5, 5, -2000]], [[0, 0, 1], [0.5, 0.5, 0]]] },
    { name: 'true class logit far below the rest', check: 'rowsSumToZero', args: [[[-1000, 0]], [[1, 0]]] },
    { name: 'all logits equal', check: 'rowsSumToZero', args: [[[4, 4, 4, 4], [-2, -2, -2, -2]], [[1, 0, 0, 0], [0, 0, 0, 1]]] },
    { name: 'one class', check: 'rowsSumToZero', args: [[[3.5], [-7]], [[1], [1]]] },
    { name: 'two classes', check: 'rowsSumToZero', args: [[[0.3, -1.2], [2.5, 2.5], [-4, 1]], [[1, 0], [0, 1], [0, 1]]] },
    { name: 'empty batch throws', expectError: true, args: [[], []] },
    { name: 'row count mismatch throws', expectError: true, args: [[[1, 2], [3, 4]], [[0, 1]]] },
    { name: 'column count mismatch throws', expectError: true, args: [[[1, 2, 3]], [[0, 1]]] },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(500 + i);
      return { name: `random ${i + 1}`, check: 'rowsSumToZero', args: randomCase(600 + i, r.int(1, 12), r.int(2, 10), i < 3 ? 5 : 30, i % 2 === 1) };
    }),
    { name: 'large: 2000 rows, 50 classes', check: 'rowsSumToZero', args: randomCase(777, 2000, 50, 10, false), weight: 2 },
  ],
});
