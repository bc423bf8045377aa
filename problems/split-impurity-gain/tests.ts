import { defineTests, rng } from '../../grader/kit.ts';

const TOL = { rtol: 1e-12, atol: 1e-14 };
type Criterion = 'gini' | 'entropy' | 'variance';

/** A random parent split into 2–4 children (labels for gini/entropy, reals for variance). */
function randomCase(seed: number, n: number, parts: number, criterion: Criterion) {
  const r = rng(seed);
  const parent = Array.from({ length: n }, () => (criterion === 'variance' ? Math.round(r.normal(0, 5) * 100) / 100 : r.int(0, 3) * 2 + 1));
  const children: number[][] = Array.from({ length: parts }, () => []);
  for (const v of parent) children[r.int(0, parts - 1)]!.push(v);
  return [parent, children, criterion];
}

export default defineTests({
  cases: [
    { name: 'worked example: gini', sample: true, tolerance: TOL, args: [[0, 0, 1, 1, 1, 2], [[0, 0, 1], [1, 1, 2]], 'gini'] },
    { name: 'entropy in bits', sample: true, tolerance: TOL, args: [[0, 0, 1, 1, 1, 2], [[0, 0, 1], [1, 1, 2]], 'entropy'] },
    { name: 'variance for a regression split', sample: true, tolerance: TOL, args: [[1, 2, 6, 7, 8], [[1, 2], [6, 7, 8]], 'variance'] },
    { name: 'a pure node has zero impurity and zero gain', tolerance: TOL, args: [[4, 4, 4], [[4], [4, 4]], 'entropy'] },
    { name: 'an empty child has weight 0', tolerance: TOL, args: [[0, 1, 0, 1], [[], [0, 1, 0, 1]], 'gini'] },
    { name: 'k equally frequent classes', tolerance: TOL, args: [[1, 2, 3, 4, 5], [[1, 2], [3, 4, 5]], 'gini'] },
    { name: 'entropy of four equal classes is 2 bits', tolerance: TOL, args: [[0, 1, 2, 3], [[0, 1], [2, 3]], 'entropy'] },
    { name: 'non-contiguous labels', tolerance: TOL, args: [[3, 7, 7, 9], [[3, 7], [7, 9]], 'gini'] },
    { name: 'three children', tolerance: TOL, args: [[0, 0, 1, 1, 2, 2], [[0, 0], [1, 1], [2, 2]], 'entropy'] },
    { name: 'targets with a large offset', tolerance: { rtol: 1e-9, atol: 1e-12 }, args: [[1e8 + 1, 1e8 + 2, 1e8 + 4, 1e8 + 7], [[1e8 + 1, 1e8 + 2], [1e8 + 4, 1e8 + 7]], 'variance'] },
    { name: 'an empty parent throws', expectError: true, args: [[], [[]], 'gini'] },
    { name: 'children that do not partition the parent throw', expectError: true, args: [[0, 1, 1], [[0], [1, 0]], 'gini'] },
    { name: 'an unknown criterion throws', expectError: true, args: [[0, 1], [[0], [1]], 'misclassification'] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(4000 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, args: randomCase(4010 + i, r.int(2, 40), r.int(2, 4), (['gini', 'entropy', 'variance', 'entropy', 'variance'] as const)[i]!) };
    }),
    { name: 'large: 100000 labels', tolerance: TOL, weight: 2, args: randomCase(99, 100000, 3, 'entropy') },
  ],
});
