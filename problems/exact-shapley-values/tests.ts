import { defineTests, rng } from '../../grader/kit.ts';

type Rng = ReturnType<typeof rng>;

/** A random regression tree in scikit-learn's flat layout (pre-order ids), splitting only on `features`. */
function randomTree(r: Rng, features: number[], depth: number) {
  const left: number[] = [], right: number[] = [], feature: number[] = [], threshold: number[] = [], value: number[] = [];
  const grow = (d: number): number => {
    const id = left.length;
    left.push(-1); right.push(-1); feature.push(-2); threshold.push(-2); value.push(Math.round(r.uniform(-10, 10) * 100) / 100);
    if (d < depth && (d < 2 || r.uniform() < 0.7)) {
      feature[id] = features[r.int(0, features.length - 1)]!;
      threshold[id] = Math.round(r.normal() * 100) / 100;
      left[id] = grow(d + 1);
      right[id] = grow(d + 1);
    }
    return id;
  };
  grow(0);
  return [left, right, feature, threshold, value];
}

function randomCase(seed: number, M: number, nBackground: number, depth: number, unused: number[] = []) {
  const r = rng(seed);
  const features = Array.from({ length: M }, (_, k) => k).filter((k) => !unused.includes(k));
  return [r.vector(M, -2, 2), r.normalMatrix(nBackground, M), ...randomTree(r, features, depth)];
}

const TREE = [[1, -1, 3, -1, -1], [2, -1, 4, -1, -1], [0, -2, 1, -2, -2], [2, 0, 1.5, 0, 0], [0, 10, 0, 20, 30]];
const example = [[3, 1], [[0, 0], [4, 2]], ...TREE];
const replace = (c: unknown[], i: number, v: unknown) => c.map((a, j) => (j === i ? v : a));

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: example },
    { name: 'three features, five background rows', sample: true, args: randomCase(17101, 3, 5, 3) },
    { name: 'a feature the tree never uses gets zero', args: randomCase(17102, 4, 6, 4, [2]) },
    { name: 'a single background row', args: randomCase(17103, 4, 1, 4) },
    { name: 'one feature', args: randomCase(17104, 1, 4, 3) },
    { name: 'x equal to a background row', args: (() => { const c = randomCase(17105, 3, 5, 3); return replace(c, 0, [...(c[1] as number[][])[2]!]); })() },
    { name: 'a tree that is a single leaf', args: [[1, 2], [[0, 0], [1, 1]], [-1], [-1], [-2], [-2], [4.5]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(17200 + i);
      return { name: `random ${i + 1}`, args: randomCase(17210 + i, r.int(2, 6), r.int(2, 20), r.int(2, 5)) };
    }),
    { name: 'large: 10 features, 20 background rows', args: randomCase(17300, 10, 20, 6), weight: 2 },
    { name: 'thirteen features throw', args: [new Array(13).fill(0), [new Array(13).fill(1)], [-1], [-1], [-2], [-2], [1]], expectError: true },
    { name: 'background rows of the wrong width throw', args: replace(example, 1, [[0, 0, 0]]), expectError: true },
    { name: 'a child pointing back at its parent throws', args: replace(example, 3, [2, -1, 0, -1, -1]), expectError: true },
    { name: 'a split on a missing feature throws', args: replace(example, 4, [0, -2, 5, -2, -2]), expectError: true },
  ],
});
