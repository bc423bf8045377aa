import { defineTests, rng } from '../../grader/kit.ts';

const KINDS = ['step', 'cosine', 'warmup_cosine', 'warmup_linear'] as const;

function randomCase(seed: number, kind: (typeof KINDS)[number]) {
  const r = rng(seed);
  const eta0 = r.uniform(1e-4, 1);
  const T = r.int(5, 200);
  const period = r.int(1, 60);
  return [kind, eta0, eta0 * r.uniform(0, 0.5), r.uniform(0.1, 0.95), period, r.int(0, Math.min(T, 40)), T];
}

export default defineTests({
  cases: [
    { name: 'worked example: step decay', sample: true, args: ['step', 0.1, 0, 0.5, 2, 0, 5] },
    { name: 'worked example: warm-up then cosine', sample: true, args: ['warmup_cosine', 1, 0, 0, 0, 2, 6] },
    { name: 'worked example: cosine with a rise', sample: true, args: ['cosine', 1, 0.1, 0, 4, 0, 6] },
    { name: 'step decay, period 3', args: ['step', 0.3, 0.01, 0.1, 3, 5, 10] },
    { name: 'step decay, period 1', args: ['step', 2, 0, 0.9, 1, 0, 12] },
    { name: 'gamma = 1 keeps the rate constant', args: ['step', 0.05, 0, 1, 4, 0, 9] },
    { name: 'cosine over exactly T steps', args: ['cosine', 0.01, 0.0001, 0, 50, 0, 50] },
    { name: 'cosine past its period rises again', args: ['cosine', 0.5, 0.05, 0, 7, 0, 20] },
    { name: 'cosine with etaMin = eta0', args: ['cosine', 0.2, 0.2, 0, 10, 0, 12] },
    { name: 'cosine with period 1', args: ['cosine', 1, 0.25, 0, 1, 0, 4] },
    { name: 'single step', args: ['warmup_linear', 0.1, 0, 0, 0, 0, 1] },
    { name: 'T = 0 gives an empty schedule', args: ['cosine', 0.1, 0, 0, 5, 0, 0] },
    { name: 'warm-up then cosine', args: ['warmup_cosine', 3e-4, 1e-5, 0, 0, 10, 40] },
    { name: 'warm-up then linear decay', args: ['warmup_linear', 5e-5, 0, 0, 0, 6, 20] },
    { name: 'no warm-up', args: ['warmup_linear', 0.1, 0.01, 0, 0, 0, 15] },
    { name: 'warm-up over every step', args: ['warmup_cosine', 0.1, 0, 0, 0, 8, 8] },
    { name: 'unused parameters are ignored', args: ['step', 0.1, -5, 0.5, 3, 99, 7] },
    ...KINDS.flatMap((kind, k) => [0, 1].map((i) => ({ name: `random ${kind} ${i + 1}`, args: randomCase(500 + 10 * k + i, kind) }))),
    { name: 'large: 200000 steps', args: ['warmup_cosine', 1e-3, 1e-6, 0, 0, 5000, 200000], weight: 2 },
    { name: 'unknown kind throws', expectError: true, args: ['exponential', 0.1, 0, 0.5, 2, 0, 5] },
    { name: 'negative T throws', expectError: true, args: ['step', 0.1, 0, 0.5, 2, 0, -1] },
    { name: 'fractional T throws', expectError: true, args: ['cosine', 0.1, 0, 0.5, 2, 0, 2.5] },
    { name: 'period 0 throws', expectError: true, args: ['step', 0.1, 0, 0.5, 0, 0, 5] },
    { name: 'warm-up longer than T throws', expectError: true, args: ['warmup_linear', 0.1, 0, 0, 0, 6, 5] },
    { name: 'etaMin above eta0 throws', expectError: true, args: ['cosine', 0.1, 0.2, 0, 5, 0, 5] },
    { name: 'non-positive eta0 throws', expectError: true, args: ['step', 0, 0, 0.5, 2, 0, 5] },
  ],
});
