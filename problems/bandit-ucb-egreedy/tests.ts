import { defineTests, rng } from '../../grader/kit.ts';
import { banditTrace } from './reference.ts';

/** Arms with different mean rewards plus noise; redraws until no greedy choice is within 1e-9 of a tie. */
function randomCase(seed: number, T: number, K: number, c: number, eps: number) {
  const r = rng(seed);
  for (;;) {
    const means = r.vector(K, -1, 1);
    const rewards = Array.from({ length: T }, () => means.map((m) => m + r.normal(0, 0.5)));
    const uniforms = Array.from({ length: T }, () => [r.uniform(), r.uniform()]);
    if (banditTrace(rewards, c, eps, uniforms).gap > 1e-9) return [rewards, c, eps, uniforms];
  }
}

const example = [[1, 0, 0.5], [1, 0, 0.5], [0, 1, 0.5], [0, 1, 0.5], [1, 1, 0.5], [0, 1, 0.5]];
const exampleU = [[0.9, 0.1], [0.05, 0.7], [0.5, 0.2], [0.02, 0.4], [0.3, 0.9], [0.8, 0.5]];
const flat = Array.from({ length: 8 }, () => [1, 1, 1, 1]);
const noExplore = Array.from({ length: 8 }, () => [0.99, 0.5]);

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [example, 1, 0.1, exampleU] },
    { name: 'two arms, no exploration bonus', sample: true, args: [[[0, 1], [0, 1], [1, 0], [1, 0], [1, 0]], 0, 0, [[0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5]]] },
    { name: 'ties go to the lowest arm', args: [flat, 0.5, 0, noExplore] },
    { name: 'epsilon = 1 explores uniformly', args: [flat.map((row, t) => row.map((v, a) => v + a + t / 8)), 0.5, 1, Array.from({ length: 8 }, (_, t) => [0.5, (t + 0.5) / 8])] },
    { name: 'negative rewards make untried arms look best', args: [[[-1, -2, -3], [-1, -2, -3], [-1, -2, -3], [-1, -2, -3]], 1, 0, [[0.5, 0], [0.5, 0], [0.5, 0], [0.5, 0]]] },
    { name: 'one arm', args: [[[2], [3], [-1]], 2, 0.5, [[0.1, 0.9], [0.7, 0.2], [0.4, 0.99]]] },
    { name: 'fewer rounds than arms', args: [[[1, 2, 3, 4, 5], [5, 4, 3, 2, 1]], 1, 0.2, [[0.5, 0.5], [0.1, 0.95]]] },
    { name: 'no rounds', args: [[], 1, 0.1, []] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(21100 + i);
      return { name: `random ${i + 1}`, args: randomCase(21200 + i, r.int(10, 200), r.int(2, 6), r.uniform(0, 2), r.uniform(0, 0.5)) };
    }),
    { name: 'large: 5000 rounds, 10 arms', args: randomCase(21300, 5000, 10, 1.4, 0.05), weight: 2 },
    { name: 'a uniform of 1 throws', expectError: true, args: [example, 1, 0.1, exampleU.map((u, t) => (t === 2 ? [0.5, 1] : u))] },
    { name: 'a missing uniform pair throws', expectError: true, args: [example, 1, 0.1, exampleU.slice(1)] },
    { name: 'negative c throws', expectError: true, args: [example, -1, 0.1, exampleU] },
    { name: 'epsilon above 1 throws', expectError: true, args: [example, 1, 1.5, exampleU] },
    { name: 'ragged rewards throw', expectError: true, args: [[[1, 2], [1]], 1, 0.1, [[0.5, 0.5], [0.5, 0.5]]] },
  ],
});
