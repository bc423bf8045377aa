import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[][], number[][], number[], number, number];

function randomCase(seed: number, B: number, K: number, alpha: number, T: number, scale = 3): Args {
  const r = rng(seed);
  return [r.normalMatrix(B, K, 0, scale), r.normalMatrix(B, K, 0, scale), Array.from({ length: B }, () => r.int(0, K - 1)), alpha, T];
}

export default defineTests({
  cases: [
    { name: 'worked example: α = 0.5, T = 2', sample: true, args: [[[2, 0, -1]], [[1, 2, 0]], [0], 0.5, 2] },
    { name: 'α = 1 is plain cross-entropy', sample: true, args: [[[2, 0, -1]], [[1, 2, 0]], [0], 1, 2] },
    { name: 'α = 0 is pure distillation', args: randomCase(2001, 4, 5, 0, 3) },
    { name: 'T = 1', args: randomCase(2002, 3, 4, 0.3, 1) },
    { name: 'T = 20 (very soft targets)', args: randomCase(2003, 5, 6, 0.2, 20) },
    { name: 'identical student and teacher: KL term is 0', args: (() => { const a = randomCase(2004, 3, 4, 0.4, 4); a[1] = a[0].map((r) => r.slice()); return a; })() },
    { name: 'large logits (stable softmax)', args: randomCase(2005, 3, 4, 0.5, 2, 400) },
    { name: 'two classes', args: randomCase(2006, 6, 2, 0.7, 5) },
    { name: 'α outside [0, 1] throws', args: randomCase(2007, 2, 3, 1.5, 2), expectError: true },
    { name: 'T = 0 throws', args: randomCase(2008, 2, 3, 0.5, 0), expectError: true },
    { name: 'label out of range throws', args: (() => { const a = randomCase(2009, 2, 3, 0.5, 2); a[2] = [0, 3]; return a; })(), expectError: true },
    { name: 'teacher shape mismatch throws', args: (() => { const a = randomCase(2010, 2, 3, 0.5, 2); a[1] = a[1].slice(1); return a; })(), expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(2020 + i);
      return { name: `random ${i + 1}`, args: randomCase(2040 + i, r.int(1, 8), r.int(2, 10), r.uniform(0, 1), r.uniform(1, 8)) };
    }),
    { name: 'large: batch of 256 over 100 classes', args: randomCase(2099, 256, 100, 0.3, 4), weight: 2 },
  ],
});
