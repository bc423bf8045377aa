import { defineTests, rng } from '../../grader/kit.ts';

/** A random distribution over k outcomes, some of them exactly 0 when `sparse`. */
function distribution(r: ReturnType<typeof rng>, k: number, sparse: boolean): number[] {
  const w: number[] = Array.from({ length: k }, () => (sparse && r.uniform() < 0.3 ? 0 : r.uniform(0.01, 1)));
  if (!w.some((v) => v > 0)) w[0] = 1;
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((v) => v / s);
}

export default defineTests({
  cases: [
    { name: 'two small distributions', sample: true, args: [[0.1, 0.4, 0.5], [0.3, 0.3, 0.4]] },
    { name: 'disjoint supports', sample: true, args: [[0.5, 0.5, 0, 0], [0, 0, 0.25, 0.75]] },
    { name: 'partly disjoint supports', args: [[0.6, 0.4, 0, 0], [0, 0.5, 0.2, 0.3]] },
    { name: 'a fair and a biased coin', args: [[0.5, 0.5], [0.9, 0.1]] },
    { name: 'identical distributions give 0', args: [[0.2, 0.3, 0.5], [0.2, 0.3, 0.5]] },
    { name: 'zeros in one distribution', args: [[0.25, 0, 0.75], [0.5, 0.25, 0.25]] },
    { name: 'point masses', args: [[1, 0], [0, 1]] },
    { name: 'one outcome', args: [[1], [1]] },
    { name: 'symmetric arguments swapped', args: [[0.3, 0.3, 0.4], [0.1, 0.4, 0.5]] },
    { name: 'sums within rounding of 1', args: [[0.1, 0.2, 0.7000000000000001], [1 / 3, 1 / 3, 1 / 3]] },
    { name: 'negative probability throws', args: [[1.2, -0.2], [0.5, 0.5]], expectError: true },
    { name: 'unnormalised throws', args: [[0.5, 0.6], [0.5, 0.5]], expectError: true },
    { name: 'length mismatch throws', args: [[0.5, 0.5], [1]], expectError: true },
    { name: 'empty throws', args: [[], []], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(3500 + i);
      const k = 2 + 4 * i;
      return { name: `random ${i + 1}`, args: [distribution(r, k, i % 2 === 1), distribution(r, k, i > 2)] };
    }),
    { name: 'large: 100000 outcomes', args: [distribution(rng(3598), 100_000, true), distribution(rng(3599), 100_000, true)], weight: 2 },
  ],
});
