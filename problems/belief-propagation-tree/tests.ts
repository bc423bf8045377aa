import { defineTests, rng } from '../../grader/kit.ts';

type Case = [number[][], number[][], number[][][]];

/** A random tree on n variables with K states: random parents, shuffled labels, edge order and orientation. */
function randomTree(seed: number, n: number, K: number, lo = 0.1, hi = 3): Case {
  const r = rng(seed);
  const label = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) { const j = r.int(0, i); [label[i], label[j]] = [label[j]!, label[i]!]; }
  const edges: number[][] = [];
  for (let v = 1; v < n; v++) {
    const p = r.int(0, v - 1);
    edges.push(r.uniform() < 0.5 ? [label[v]!, label[p]!] : [label[p]!, label[v]!]);
  }
  for (let i = edges.length - 1; i > 0; i--) { const j = r.int(0, i); [edges[i], edges[j]] = [edges[j]!, edges[i]!]; }
  const unary = Array.from({ length: n }, () => r.vector(K, lo, hi));
  return [unary, edges, edges.map(() => r.matrix(K, K, lo, hi))];
}

/** A chain 0 – 1 – … – (n−1) with potentials in [1, 10): unnormalised messages grow like 5ⁿ. */
function longChain(seed: number, n: number): Case {
  const r = rng(seed);
  const edges = Array.from({ length: n - 1 }, (_, i) => [i, i + 1]);
  return [Array.from({ length: n }, () => r.vector(2, 1, 10)), edges, edges.map(() => r.matrix(2, 2, 1, 10))];
}

/** A star whose leaves alternately favour state 0 and state 1: the product at the centre underflows. */
function alternatingStar(leaves: number): Case {
  const unary = [[1, 1], ...Array.from({ length: leaves }, (_, i) => (i % 2 ? [0.01, 0.99] : [0.99, 0.01]))];
  const edges = Array.from({ length: leaves }, (_, i) => [0, i + 1]);
  return [unary, edges, edges.map(() => [[1, 0.02], [0.02, 1]])];
}

const agree = [[3, 1], [1, 3]];

export default defineTests({
  cases: [
    { name: 'a chain of three', sample: true, args: [[[1, 2], [1, 1], [1, 1]], [[0, 1], [1, 2]], [agree, agree]] },
    { name: 'one variable', sample: true, args: [[[1, 2, 5]], [], []] },
    { name: 'an asymmetric pairwise table', args: [[[1, 1], [2, 1], [1, 3]], [[1, 0], [2, 1]], [[[1, 5], [2, 3]], [[4, 1], [0.5, 2]]]] },
    { name: 'a star of three states', args: [[[1, 1, 1], [5, 1, 1], [1, 5, 1], [1, 1, 5]], [[0, 1], [2, 0], [0, 3]], [[[2, 1, 1], [1, 2, 1], [1, 1, 2]], [[1, 3, 0.5], [1, 1, 1], [2, 0.5, 1]], [[2, 1, 1], [1, 2, 1], [1, 1, 2]]]] },
    { name: 'two states, no coupling', args: [[[1, 3], [2, 2]], [[0, 1]], [[[1, 1], [1, 1]]]] },
    { name: 'zero potentials exclude states', args: [[[1, 1, 1], [0, 1, 1], [1, 1, 0]], [[0, 1], [1, 2]], [[[1, 0, 0], [0, 1, 0], [0, 0, 1]], [[1, 2, 0], [0, 1, 2], [2, 0, 1]]]] },
    { name: 'everything excluded', args: [[[1, 0], [0, 1]], [[0, 1]], [[[0, 1], [1, 0]].map((r) => r.map((x) => 1 - x))]], nanEqual: true },
    { name: 'one state', args: [[[2], [3]], [[0, 1]], [[[0.5]]]] },
    { name: 'huge and tiny potentials', args: [[[1e200, 1e199], [1e-200, 1e-199], [1, 1]], [[0, 1], [1, 2]], [[[1e150, 1], [1, 1e150]], [[1e-300, 2e-300], [3e-300, 4e-300]]]] },
    { name: 'a long chain (3000 variables)', args: longChain(7100, 3000) },
    { name: 'a star with 1500 alternating leaves', args: alternatingStar(1500) },
    { name: 'a cycle throws', args: [[[1, 1], [1, 1], [1, 1]], [[0, 1], [1, 2], [2, 0]], [agree, agree, agree]], expectError: true },
    { name: 'a cycle plus a separate variable throws', args: [[[1, 1], [1, 1], [1, 1], [1, 1]], [[0, 1], [1, 2], [2, 0]], [agree, agree, agree]], expectError: true },
    { name: 'a forest throws', args: [[[1, 1], [1, 1], [1, 1]], [[0, 1]], [agree]], expectError: true },
    { name: 'an edge to itself throws', args: [[[1, 1], [1, 1]], [[1, 1]], [agree]], expectError: true },
    { name: 'a wrongly shaped table throws', args: [[[1, 1], [1, 1]], [[0, 1]], [[[1, 1, 1], [1, 1, 1]]]], expectError: true },
    { name: 'a negative potential throws', args: [[[1, -1], [1, 1]], [[0, 1]], [agree]], expectError: true },
    { name: 'unequal state counts throw', args: [[[1, 1], [1, 1, 1]], [[0, 1]], [agree]], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => ({ name: `random ${i + 1}`, args: randomTree(7000 + i, 3 + 2 * i, 2 + (i % 3)) })),
    { name: 'large: a random tree of 10 000 variables with 4 states', args: randomTree(7199, 10000, 4), weight: 2 },
  ],
});
