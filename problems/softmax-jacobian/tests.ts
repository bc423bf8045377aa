import { defineTests, rng, rowsSumTo } from '../../grader/kit.ts';

export default defineTests({
  checks: { rowsSumToZero: rowsSumTo(0) },
  cases: [
    { name: 'worked example: [1, 2, 3]', sample: true, args: [[1, 2, 3]] },
    { name: 'two large logits', sample: true, args: [[1000, 1001]] },
    { name: 'logits near 1000 (naive exp overflows)', args: [[1000, 999.5, 1001, 998]], check: 'rowsSumToZero' },
    { name: 'very negative logits', args: [[-1000, -1002, -999]] },
    { name: 'all equal entries', args: [[0.7, 0.7, 0.7, 0.7, 0.7]], check: 'rowsSumToZero' },
    { name: 'single entry gives [[0]]', args: [[3.5]] },
    { name: 'nearly one-hot', args: [[30, 0, -5, 1]], tolerance: { rtol: 1e-6, atol: 1e-15 } },
    { name: 'a -Infinity entry has a zero row and column', args: [[0.5, Number.NEGATIVE_INFINITY, -0.25]] },
    { name: 'empty vector throws', args: [[]], expectError: true },
    { name: 'NaN entry throws', args: [[1, Number.NaN, 2]], expectError: true },
    { name: 'all -Infinity throws', args: [[Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY]], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(300 + i);
      const scale = [1, 3, 10, 50, 200, 700][i]!;
      return { name: `random ${i + 1}`, args: [r.vector(r.int(2, 12), -scale, scale)], check: 'rowsSumToZero' };
    }),
    { name: 'large: 400 logits', args: [rng(399).vector(400, -8, 8)], weight: 2 },
  ],
});
