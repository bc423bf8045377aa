import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[][], number[], number[]];

function randomCase(seed: number, T: number, V: number, rate: number, scale = 3): Args {
  const r = rng(seed);
  const masked = Array.from({ length: T }, () => (r.uniform() < rate ? 1 : 0));
  return [r.normalMatrix(T, V, 0, scale), Array.from({ length: T }, () => r.int(0, V - 1)), masked];
}

const L = [[2, 0, 0], [0, 3, 0], [1, 1, 1], [0, 0, 5]];

export default defineTests({
  cases: [
    { name: 'worked example: three of four positions masked', sample: true, args: [L, [0, 2, 1, 2], [1, 1, 0, 1]] },
    { name: 'nothing masked gives 0', sample: true, args: [L, [0, 2, 1, 2], [0, 0, 0, 0]] },
    { name: 'every position masked', args: randomCase(3601, 6, 8, 1.01) },
    { name: 'one masked position among many', args: (() => { const a = randomCase(3602, 12, 10, 0); a[2][7] = 1; return a; })() },
    { name: 'unmasked positions are ignored even when badly predicted', args: [[[0, 50, 0], [5, 0, 0]], [0, 0], [0, 1]] },
    { name: 'logits of ±1000', args: [[[1000, -1000, 0], [-1000, 1000, 999]], [2, 1], [1, 1]] },
    { name: 'empty sequence', args: [[], [], []] },
    { name: 'target id out of range throws', args: [L, [0, 3, 1, 2], [1, 1, 0, 1]], expectError: true },
    { name: 'mask that is not 0/1 throws', args: [L, [0, 2, 1, 2], [1, 2, 0, 1]], expectError: true },
    { name: 'length mismatch throws', args: [L, [0, 2, 1], [1, 1, 0, 1]], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(3620 + i);
      return { name: `random ${i + 1}`, args: randomCase(3640 + i, r.int(2, 20), r.int(2, 30), 0.15 + 0.1 * i) };
    }),
    { name: 'large: 64 positions over a 1000-token vocabulary', args: randomCase(3699, 64, 1000, 0.15), weight: 2 },
  ],
});
