import { defineTests, rng } from '../../grader/kit.ts';

function randomBoxes(r: ReturnType<typeof rng>, n: number, extent: number): number[][] {
  return Array.from({ length: n }, () => {
    const x = r.uniform(0, 0.6 * extent), y = r.uniform(0, 0.6 * extent);
    return [x, y, x + r.uniform(0.1 * extent, 0.5 * extent), y + r.uniform(0.1 * extent, 0.5 * extent)];
  });
}

const big = rng(1499);

export default defineTests({
  cases: [
    { name: 'two by two', sample: true, args: [[[0, 0, 2, 2], [1, 1, 3, 3]], [[1, 1, 3, 3], [0, 0, 1, 1]]] },
    { name: 'one pair', sample: true, args: [[[0, 0, 4, 4]], [[2, 0, 6, 4]]] },
    { name: 'partial overlap', args: [[[1, 2, 4, 6]], [[2, 3, 5, 8], [0, 0, 1.5, 2.5]]] },
    { name: 'diagonally separated boxes', args: [[[0, 0, 1, 1]], [[2, 2, 3, 3], [-4, -3, -1, -2]]] },
    { name: 'touching edges give 0', args: [[[0, 0, 1, 1]], [[1, 0, 2, 1], [0, 1, 1, 2], [1, 1, 2, 2]]] },
    { name: 'containment', args: [[[0, 0, 10, 10]], [[2, 2, 4, 4], [0, 0, 10, 10]]] },
    { name: 'identical boxes give 1', args: [[[0.5, 0.25, 3.75, 2]], [[0.5, 0.25, 3.75, 2]]] },
    { name: 'zero-area boxes give 0', args: [[[1, 1, 1, 1], [0, 0, 0, 5]], [[1, 1, 1, 1], [0, 0, 2, 2]]] },
    { name: 'negative coordinates', args: [[[-3, -2, 1, 2]], [[-1, -1, 2, 3]]] },
    { name: 'empty A', args: [[], [[0, 0, 1, 1]]] },
    { name: 'empty B', args: [[[0, 0, 1, 1], [1, 1, 2, 2]], []] },
    { name: 'x2 < x1 throws', args: [[[2, 0, 1, 1]], [[0, 0, 1, 1]]], expectError: true },
    { name: 'box with three numbers throws', args: [[[0, 0, 1, 1]], [[0, 0, 1]]], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(1400 + i);
      return { name: `random ${i + 1}`, args: [randomBoxes(r, r.int(1, 8), 10), randomBoxes(r, r.int(1, 8), 10)] };
    }),
    { name: 'large: 300 × 300 boxes', args: [randomBoxes(big, 300, 100), randomBoxes(big, 300, 100)], weight: 2 },
  ],
});
