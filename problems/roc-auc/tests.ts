import { compareValues } from '../../grader/compare/compare-values.ts';
import { defineTests, rng, type TestCase } from '../../grader/kit.ts';
import { pairwiseAuc } from './reference.ts';

type Args = [number[], number[]];

/** Labels with both classes; scores rounded to `decimals` places so that ties occur. */
function randomCase(seed: number, n: number, decimals: number | null, separation: number): Args {
  const r = rng(seed);
  for (;;) {
    const yTrue: number[] = Array.from({ length: n }, () => (r.uniform(0, 1) < 0.4 ? 1 : 0));
    const sum = yTrue.reduce((a, b) => a + b, 0);
    if (sum === 0 || sum === n) continue;
    const scores = yTrue.map((y) => {
      const s = r.uniform(0, 1) + separation * y;
      return decimals === null ? s : Math.round(s * 10 ** decimals) / 10 ** decimals;
    });
    return [yTrue, scores];
  }
}

// rates within 1e-12; thresholds are copies of input scores (or +Infinity), so they compare exactly
const tolerance = { rtol: 1e-12, atol: 1e-12, fields: { thresholds: { exact: true } } };

const cases: TestCase[] = [
    { name: 'worked example', sample: true, args: [[0, 0, 1, 1, 1], [0.1, 0.4, 0.35, 0.8, 0.8]], check: 'mannWhitney' },
    { name: 'one tied pair', sample: true, args: [[1, 0], [0.5, 0.5]] },
    { name: 'tied pair, negative listed first', args: [[0, 1], [0.5, 0.5]] },
    { name: 'all scores tied', args: [[0, 1, 1, 0, 1, 0], [0.3, 0.3, 0.3, 0.3, 0.3, 0.3]], check: 'mannWhitney' },
    { name: 'perfect ranking', args: [[0, 0, 1, 1, 0, 1], [0.1, 0.2, 0.9, 0.8, 0.3, 0.7]] },
    { name: 'reversed ranking', args: [[0, 0, 1, 1, 0, 1], [0.9, 0.8, 0.1, 0.2, 0.7, 0.3]] },
    { name: 'two examples', args: [[0, 1], [0.2, 0.6]] },
    { name: 'collinear points are kept', args: [[1, 1, 1, 0, 0], [5, 4, 3, 2, 1]] },
    { name: 'ties inside one class and across classes', args: [[1, 1, 0, 0, 1, 0, 1, 0], [3, 3, 2, 2, 2, 1, 1, 0]], check: 'mannWhitney' },
    { name: 'negative and integer scores', args: [[0, 1, 0, 1, 1, 0], [-2, 7, -2, 0, 7, 1]], check: 'mannWhitney' },
    { name: 'only positives', args: [[1, 1, 1], [0.2, 0.5, 0.9]], expectError: true },
    { name: 'only negatives', args: [[0, 0], [0.2, 0.5]], expectError: true },
    { name: 'mismatched lengths throw', args: [[0, 1, 1], [0.2, 0.6]], expectError: true },
    { name: 'empty input', args: [[], []], expectError: true },
    ...Array.from({ length: 4 }, (_, i) => {
      const r = rng(610 + i);
      return { name: `random with ties ${i + 1}`, args: randomCase(620 + i, r.int(5, 60), 1, 0.3), check: 'mannWhitney' };
    }),
    ...Array.from({ length: 4 }, (_, i) => {
      const r = rng(630 + i);
      return { name: `random continuous ${i + 1}`, args: randomCase(640 + i, r.int(5, 60), null, 0.4), check: 'mannWhitney' };
    }),
    { name: 'large: 100000 scores with many ties', args: randomCase(699, 100_000, 3, 0.25), weight: 2 },
];

export default defineTests({
  cases: cases.map((c) => ({ ...c, tolerance })),
  checks: {
    mannWhitney: {
      mode: 'after',
      // the trapezoid area must equal the pairwise (Mann–Whitney, ties = ½) statistic, within the case's tolerance
      fn: ({ args, actual, tolerance }) => {
        const [yTrue, scores] = args as Args;
        const want = pairwiseAuc(yTrue, scores);
        const got = (actual as { auc: number }).auc;
        return compareValues(want, got, { tolerance }).ok
          ? { ok: true as const }
          : { ok: false as const, message: `auc ${got} differs from the pairwise (Mann–Whitney, ties = ½) value ${want}`, where: 'auc' };
      },
    },
  },
});
