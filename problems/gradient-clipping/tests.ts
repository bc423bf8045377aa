import { defineTests, rng } from '../../grader/kit.ts';

function ragged(seed: number, tensors: number, scale: number): number[][] {
  const r = rng(seed);
  return Array.from({ length: tensors }, () => r.vector(r.int(1, 12), -scale, scale));
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[[3, -4], [12]], 5, 6.5] },
    { name: 'below both limits', sample: true, args: [[[0.3, -0.4]], 1, 1] },
    { name: 'several tensors, only the global norm is too large', args: [[[0.6, 0.8], [-0.6, 0.8], [0.8, 0.6]], 10, 1.2] },
    { name: 'norm exactly equal to maxNorm', args: [[[3, 4]], 10, 5] },
    { name: 'all-zero gradients', args: [[[0, 0], [0]], 1, 1] },
    { name: 'no tensors', args: [[], 1, 1] },
    { name: 'an empty tensor among others', args: [[[], [2, -2], []], 1.5, 1] },
    { name: 'a single tensor', args: [[[10, -20, 30, -40]], 25, 5] },
    { name: 'huge gradients do not overflow', args: [[[3e200, -4e200], [1e200]], 1, 1] },
    { name: 'tiny gradients do not underflow', args: [[[3e-200, 4e-200]], 1, 1] },
    { name: 'tiny max norm', args: [[[3e-4, 4e-4], [1e-4]], 1e-4, 2e-4] },
    { name: 'values exactly at the clip bound', args: [[[-2, 2, 1.999, -2.001]], 2, 100] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(2000 + i);
      return { name: `random ${i + 1}`, args: [ragged(2100 + i, r.int(1, 6), r.uniform(0.1, 50)), r.uniform(0.05, 5), r.uniform(0.1, 20)] };
    }),
    { name: 'large: 100 tensors of 1000', args: [Array.from({ length: 100 }, (_, k) => rng(3000 + k).vector(1000, -1, 1)), 0.5, 10], weight: 2 },
    { name: 'zero clip value throws', expectError: true, args: [[[1, 2]], 0, 1] },
    { name: 'negative max norm throws', expectError: true, args: [[[1, 2]], 1, -1] },
    { name: 'NaN gradient throws', expectError: true, args: [[[1, Number.NaN]], 1, 1] },
    { name: 'infinite gradient throws', expectError: true, args: [[[Number.POSITIVE_INFINITY]], 1, 1] },
  ],
});
