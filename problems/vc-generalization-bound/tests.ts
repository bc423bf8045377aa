import { defineTests, rng } from '../../grader/kit.ts';

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [0.1, 10, 1000, 0.05] },
    { name: 'many samples', sample: true, args: [0, 3, 100000, 0.01] },
    { name: 'fewer samples than the VC dimension', args: [0.05, 50, 20, 0.1] },
    { name: 'delta close to 1', args: [0.2, 5, 500, 0.999] },
    { name: 'a billion samples', args: [0.3, 100, 1_000_000_000, 0.05] },
    { name: 'VC dimension 1, one sample', args: [0, 1, 1, 0.5] },
    { name: 'zero empirical risk, tiny delta', args: [0, 21, 5000, 1e-9] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(4100 + i);
      return { name: `random ${i + 1}`, args: [r.uniform(0, 0.5), r.int(2, 200), r.int(300, 200000), r.uniform(0.001, 0.3)] };
    }),
    { name: 'VC dimension 0 throws', args: [0.1, 0, 100, 0.05], expectError: true },
    { name: 'delta 0 throws', args: [0.1, 10, 100, 0], expectError: true },
    { name: 'delta 1 throws', args: [0.1, 10, 100, 1], expectError: true },
    { name: 'no samples throws', args: [0.1, 10, 0, 0.05], expectError: true },
    { name: 'negative empirical risk throws', args: [-0.1, 10, 100, 0.05], expectError: true },
  ],
});
