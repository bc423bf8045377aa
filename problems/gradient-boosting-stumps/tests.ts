import { defineTests, rng } from '../../grader/kit.ts';
import { splitMargin } from './reference.ts';

/** Nonlinear regression data; redraw until every chosen split beats other partitions by 1e-6·S0. */
function randomCase(seed: number, n: number, d: number, M: number, nu: number, nTest: number): unknown[] {
  const r = rng(seed);
  for (;;) {
    const X = Array.from({ length: n }, () => Array.from({ length: d }, () => Math.round(r.uniform(-3, 3) * 1000) / 1000));
    const y = X.map((x) => Math.sin(x[0]!) * 2 + (x[1] ?? 0) ** 2 * 0.5 + 0.3 * r.normal());
    if (splitMargin(X, y, M, nu) > 1e-6) {
      const Xtest = Array.from({ length: nTest }, () => Array.from({ length: d }, () => r.uniform(-4, 4)));
      return [X, y, M, nu, Xtest];
    }
  }
}

export default defineTests({
  cases: [
    { name: 'one round on a line', sample: true, args: [[[1], [2], [3], [4]], [1, 1, 3, 5], 1, 0.5, [[0], [3.6]]] },
    { name: 'three rounds, two features', sample: true, args: [[[1, 5], [2, 3], [3, 8], [4, 1], [5, 6]], [2, 4, 1, 8, 3], 3, 0.3, [[2.5, 4], [6, 0]]] },
    { name: 'zero rounds', args: [[[1], [2], [3]], [3, 6, 9], 0, 0.1, [[1], [10]]] },
    { name: 'constant target', args: [[[1, 2], [3, 4], [5, 6]], [7, 7, 7], 4, 0.5, [[0, 0]]] },
    { name: 'all features constant', args: [[[1, 1], [1, 1], [1, 1]], [1, 2, 6], 3, 0.5, [[1, 1], [9, 9]]] },
    { name: 'learning rate one', args: [[[0], [1], [2], [3], [4], [5]], [0, 0, 1, 1, 4, 4], 2, 1, [[0.4], [2.6], [4.9]]] },
    { name: 'duplicate feature columns tie to the lower index', args: [[[1, 1], [2, 2], [3, 3], [4, 4]], [1, 2, 8, 9], 2, 0.5, [[2.4, 2.6], [2.6, 2.4]]] },
    { name: 'test rows between training values', args: [[[0], [1], [2], [3], [4], [5]], [0, 0, 0, 4, 4, 5], 2, 0.8, [[2.2], [2.5], [2.8], [3], [4.4]]] },
    { name: 'empty X throws', args: [[], [], 1, 0.1, []], expectError: true },
    { name: 'y length mismatch throws', args: [[[1], [2]], [1], 1, 0.1, []], expectError: true },
    { name: 'fractional number of rounds throws', args: [[[1], [2]], [1, 2], 1.5, 0.1, []], expectError: true },
    { name: 'test rows of the wrong width throw', args: [[[1, 0], [2, 1]], [1, 2], 1, 0.1, [[1]]], expectError: true },
    { name: 'non-positive learning rate throws', args: [[[1], [2]], [1, 2], 1, 0, []], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(3600 + i, 20 + 10 * i, 1 + (i % 3), 3 + 2 * i, [0.1, 0.3, 0.5, 1, 0.2][i]!, 10) })),
    { name: 'large', args: randomCase(3700, 150, 3, 25, 0.2, 200), weight: 2 },
  ],
});
