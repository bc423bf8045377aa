import { defineTests, rng } from '../../grader/kit.ts';

function normals(seed: number, count: number): number[] {
  const r = rng(seed);
  return Array.from({ length: count }, () => r.normal());
}

export default defineTests({
  cases: [
    { name: 'three sweeps', sample: true, args: [0.5, 0, 0, [1, -0.5, 0.2, 0.3, -1.2, 0.8]] },
    { name: 'start far away', sample: true, args: [0.8, 5, -5, [0.1, 0.1, -0.3, 0.2]] },
    { name: 'strong correlation', args: [0.999, 1, 1, normals(5700, 40)] },
    { name: 'independent coordinates', args: [0, 2, 3, normals(5701, 10)] },
    { name: 'negative correlation', args: [-0.7, 0, 0, normals(5702, 20)] },
    { name: 'no draws', args: [0.3, 1, 2, []] },
    { name: 'odd number of draws throws', args: [0.3, 0, 0, [0.1, 0.2, 0.3]], expectError: true },
    { name: 'rho 1 throws', args: [1, 0, 0, [0.1, 0.2]], expectError: true },
    { name: 'NaN draw throws', args: [0.3, 0, 0, [0.1, NaN]], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(5710 + i);
      return { name: `random ${i + 1}`, args: [r.uniform(-0.95, 0.95), r.normal(0, 3), r.normal(0, 3), normals(5720 + i, 2 * (5 + 30 * i))] };
    }),
    { name: 'large: 20000 sweeps', args: [0.6, 0, 0, normals(5799, 40_000)], weight: 2 },
  ],
});
