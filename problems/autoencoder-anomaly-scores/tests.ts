import { defineTests, rng } from '../../grader/kit.ts';
import { percentileLinear, reconstructionErrors } from './reference.ts';

const EXACT = { fields: { isAnomaly: { exact: true } } };

/** Layer sizes d → … → code → … → d; training rows near a low-dimensional pattern, test rows mixed with outliers. Redraws until no test error lies within 1e−6·(1 + t) of the threshold. */
function randomCase(seed: number, nTrain: number, nTest: number, sizes: number[], codeLayer: number, q: number) {
  const r = rng(seed);
  const d = sizes[0]!;
  for (;;) {
    const base = r.vector(d, 0.2, 0.8);
    const row = (spread: number) => base.map((v) => Math.min(1, Math.max(0, v + r.uniform(-spread, spread))));
    const Xtrain = Array.from({ length: nTrain }, () => row(0.15));
    const Xtest = Array.from({ length: nTest }, () => row(r.uniform() < 0.3 ? 0.6 : 0.15));
    const Ws = sizes.slice(1).map((out, l) => r.matrix(sizes[l]!, out, -1.2, 1.2));
    const bs = sizes.slice(1).map((out) => r.vector(out, -0.2, 0.2));
    const args = [Xtrain, Xtest, Ws.slice(0, codeLayer), bs.slice(0, codeLayer), Ws.slice(codeLayer), bs.slice(codeLayer), q] as const;
    const t = percentileLinear(reconstructionErrors(Xtrain, args[2], args[3], args[4], args[5]), q);
    const testErrors = reconstructionErrors(Xtest, args[2], args[3], args[4], args[5]);
    if (testErrors.every((e) => Math.abs(e - t) > 1e-6 * (1 + t))) return [...args];
  }
}

const X4 = [[0, 1], [1, 0], [1, 1], [0, 0]];
const ENC = [[[1], [-1]]];
const DEC = [[[2, -2]]];
const replace = (c: unknown[], i: number, v: unknown) => c.map((a, j) => (j === i ? v : a));

const cases = [
  { name: 'worked example', sample: true, args: [X4, [[1, 0.2], [1, 1]], ENC, [[0]], DEC, [[0, 0]], 50] },
  { name: 'two-layer encoder and decoder', sample: true, args: randomCase(6101, 8, 4, [3, 4, 2, 4, 3], 2, 90) },
  { name: 'a test row as bad as the worst training row is not flagged', args: [X4, X4, ENC, [[0]], DEC, [[0, 0]], 100] },
  { name: 'q = 0 puts the threshold at the best training row', args: (() => { const c = randomCase(6102, 10, 0, [4, 2, 4], 1, 0); return replace(c, 1, c[0]); })() },
  { name: 'a single training row', args: randomCase(6103, 1, 5, [3, 2, 3], 1, 37) },
  { name: 'identical training rows', args: (() => { const c = randomCase(6104, 6, 5, [3, 2, 3], 1, 80); return replace(c, 0, Array.from({ length: 6 }, () => (c[0] as number[][])[0])); })() },
  { name: 'no test rows', args: randomCase(6105, 7, 0, [4, 3, 4], 1, 95) },
  ...Array.from({ length: 5 }, (_, i) => {
    const r = rng(6200 + i);
    const d = r.int(2, 8);
    const sizes = i % 2 ? [d, r.int(3, 8), r.int(1, 3), r.int(3, 8), d] : [d, r.int(1, 4), d];
    return { name: `random ${i + 1}`, args: randomCase(6210 + i, r.int(5, 40), r.int(3, 20), sizes, i % 2 ? 2 : 1, r.uniform(50, 99)) };
  }),
  { name: 'large: 400 training rows, 200 test rows, 20 features', args: randomCase(6300, 400, 200, [20, 16, 6, 16, 20], 2, 95), weight: 2 },
  { name: 'q above 100 throws', args: [X4, [[1, 0.2]], ENC, [[0]], DEC, [[0, 0]], 101], expectError: true },
  { name: 'a decoder of the wrong width throws', args: [X4, [[1, 0.2]], ENC, [[0]], [[[2, -2, 1]]], [[0, 0, 0]], 50], expectError: true },
  { name: 'an empty training set throws', args: [[], [[1, 0.2]], ENC, [[0]], DEC, [[0, 0]], 50], expectError: true },
  { name: 'a test row of the wrong length throws', args: [X4, [[1, 0.2, 0.5]], ENC, [[0]], DEC, [[0, 0]], 50], expectError: true },
];

export default defineTests({ cases: cases.map((c) => ({ ...c, tolerance: EXACT })) });
