import { defineTests, rng } from '../../grader/kit.ts';

const EXACT = { fields: { state: { exact: true } } };

/** N a power of two, so every weight, field and energy is exact in binary; the probe is a stored pattern with `flips` bits flipped. */
function randomCase(seed: number, N: number, P: number, flips: number, sweeps: number) {
  const r = rng(seed);
  const patterns: number[][] = Array.from({ length: P }, () => Array.from({ length: N }, () => (r.uniform() < 0.5 ? 1 : -1)));
  const probe = [...patterns[r.int(0, P - 1)]!];
  for (let f = 0; f < flips; f++) { const i = r.int(0, N - 1); probe[i] = -probe[i]!; }
  const order = Array.from({ length: N }, (_, i) => i);
  for (let i = N - 1; i > 0; i--) { const j = r.int(0, i); [order[i], order[j]] = [order[j]!, order[i]!]; }
  return [patterns, probe, order, sweeps];
}

const A = [1, 1, -1, -1];
const cases = [
  { name: 'worked example', sample: true, args: [[A], [1, -1, -1, -1], [0, 1, 2, 3], 2] },
  { name: 'two patterns, reversed order', sample: true, args: [[A, [1, -1, 1, -1]], [-1, 1, 1, 1], [3, 2, 1, 0], 1] },
  { name: 'a stored pattern is a fixed point', args: (() => { const c = randomCase(9101, 16, 2, 0, 3); return c; })() },
  { name: 'the negated pattern is stable too', args: (() => { const c = randomCase(9102, 16, 1, 0, 2); c[1] = (c[1] as number[]).map((v) => -v); return c; })() },
  { name: 'zero local fields keep the state', args: [[[1, -1, 1, -1], [-1, 1, -1, -1]], [-1, -1, -1, 1], [0, 1, 2, 3], 1] },
  { name: 'zero sweeps return the probe', args: randomCase(9103, 8, 2, 2, 0) },
  { name: 'a few flipped bits are repaired', args: randomCase(9104, 32, 2, 4, 3) },
  { name: 'too many patterns for the network', args: randomCase(9105, 8, 6, 1, 4) },
  ...Array.from({ length: 5 }, (_, i) => {
    const r = rng(9200 + i);
    const N = [8, 16, 32][r.int(0, 2)]!;
    return { name: `random ${i + 1}`, args: randomCase(9210 + i, N, r.int(2, 4), r.int(1, N / 4), r.int(1, 5)) };
  }),
  { name: 'large: 256 neurons, 10 patterns, 5 sweeps', args: randomCase(9300, 256, 10, 40, 5), weight: 2 },
  { name: 'a state other than ±1 throws', args: [[A], [1, 0, -1, -1], [0, 1, 2, 3], 1], expectError: true },
  { name: 'an order that is not a permutation throws', args: [[A], [1, -1, -1, -1], [0, 1, 1, 3], 1], expectError: true },
  { name: 'a pattern of the wrong length throws', args: [[[1, 1, -1]], [1, -1, -1, -1], [0, 1, 2, 3], 1], expectError: true },
  { name: 'negative sweeps throw', args: [[A], [1, -1, -1, -1], [0, 1, 2, 3], -1], expectError: true },
];

export default defineTests({ cases: cases.map((c) => ({ ...c, tolerance: EXACT })) });
