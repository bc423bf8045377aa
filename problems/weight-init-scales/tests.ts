import { defineTests, rng } from '../../grader/kit.ts';

type Kind = 'glorot_normal' | 'glorot_uniform' | 'he_normal' | 'he_uniform';

function randomCase(seed: number, fanIn: number, fanOut: number, kind: Kind): [number, number, Kind, number[]] {
  const r = rng(seed);
  const n = fanIn * fanOut;
  const draws = kind.endsWith('_uniform') ? r.vector(n, 0, 1) : Array.from({ length: n }, () => r.normal());
  return [fanIn, fanOut, kind, draws];
}

export default defineTests({
  cases: [
    { name: 'worked example: He normal', sample: true, args: [3, 2, 'he_normal', [1, -1, 0.5, 2, 0, -0.25]] },
    { name: 'worked example: Glorot uniform', sample: true, args: [3, 2, 'glorot_uniform', [0, 1, 0.5, 0.75, 0.25, 0.9]] },
    { name: 'Glorot normal', args: randomCase(3101, 4, 6, 'glorot_normal') },
    { name: 'He uniform', args: randomCase(3102, 5, 3, 'he_uniform') },
    { name: 'fan-in equals fan-out', args: randomCase(3103, 4, 4, 'glorot_normal') },
    { name: 'fan-in of 1', args: randomCase(3104, 1, 5, 'he_normal') },
    { name: 'He ignores the fan-out', args: randomCase(3105, 3, 40, 'he_normal') },
    { name: 'wide layer, Glorot uniform', args: randomCase(3106, 2, 50, 'glorot_uniform') },
    { name: 'wrong number of draws throws', args: [3, 2, 'he_normal', [1, 2, 3]], expectError: true },
    { name: 'zero fan-in throws', args: [0, 2, 'he_normal', []], expectError: true },
    { name: 'uniform draw outside [0, 1] throws', args: [1, 2, 'he_uniform', [0.5, 1.5]], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(3120 + i);
      const kinds: Kind[] = ['glorot_normal', 'glorot_uniform', 'he_normal', 'he_uniform'];
      return { name: `random ${i + 1}`, args: randomCase(3140 + i, r.int(1, 20), r.int(1, 20), kinds[i % 4]!) };
    }),
    { name: 'large: 512 × 256', args: randomCase(3199, 512, 256, 'he_normal'), weight: 2 },
  ],
});
