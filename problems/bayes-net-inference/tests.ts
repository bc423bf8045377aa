import { defineTests, rng } from '../../grader/kit.ts';

// burglary (0), earthquake (1), alarm (2 | 0, 1), John calls (3 | 2), Mary calls (4 | 2)
const alarmParents = [[], [], [0, 1], [2], [2]];
const alarmCpt = [[0.001], [0.002], [0.001, 0.94, 0.29, 0.95], [0.05, 0.9], [0.01, 0.7]];

/** A random DAG over n nodes (each node draws up to 3 earlier parents) with CPTs in (0.05, 0.95). */
function randomNet(seed: number, n: number): [number[][], number[][], number, number[]] {
  const r = rng(seed);
  const parents = Array.from({ length: n }, (_, i) => {
    const ps = new Set<number>();
    for (let t = r.int(0, Math.min(3, i)); t > 0; t--) ps.add(r.int(0, i - 1));
    return [...ps];
  });
  const cpt = parents.map((ps) => Array.from({ length: 2 ** ps.length }, () => r.uniform(0.05, 0.95)));
  const evidence = Array.from({ length: n }, () => (r.uniform() < 0.35 ? r.int(0, 1) : -1));
  const query = r.int(0, n - 1);
  return [parents, cpt, query, evidence];
}

export default defineTests({
  cases: [
    { name: 'burglary given both calls', sample: true, args: [alarmParents, alarmCpt, 0, [-1, -1, -1, 1, 1]] },
    { name: 'rain and sprinkler', sample: true, args: [[[], [0], [0, 1]], [[0.2], [0.4, 0.01], [0, 0.8, 0.9, 0.99]], 0, [-1, -1, 1]] },
    { name: 'explaining away', args: [alarmParents, alarmCpt, 0, [-1, 1, 1, -1, -1]] },
    { name: 'two asymmetric parents', args: [[[], [], [0, 1]], [[0.3], [0.6], [0.1, 0.7, 0.2, 0.9]], 0, [-1, -1, 1]] },
    { name: 'evidence that a node is 0', args: [alarmParents, alarmCpt, 2, [-1, -1, -1, 0, 1]] },
    { name: 'the query is observed', args: [alarmParents, alarmCpt, 3, [-1, -1, -1, 1, -1]] },
    { name: 'impossible evidence', args: [[[], [0]], [[0], [0, 1]], 0, [-1, 1]], nanEqual: true },
    { name: 'no edges', args: [[[], [], []], [[0.2], [0.7], [0.5]], 1, [1, -1, 0]] },
    { name: 'no evidence gives the prior', args: [alarmParents, alarmCpt, 2, [-1, -1, -1, -1, -1]] },
    { name: 'parent after the child throws', args: [[[1], []], [[0.5, 0.5], [0.3]], 0, [-1, -1]], expectError: true },
    { name: 'CPT of the wrong size throws', args: [[[], [0]], [[0.5], [0.3]], 0, [-1, -1]], expectError: true },
    { name: 'evidence 2 throws', args: [[[], [0]], [[0.5], [0.3, 0.6]], 0, [-1, 2]], expectError: true },
    { name: 'probability above 1 throws', args: [[[], [0]], [[1.5], [0.3, 0.6]], 0, [-1, -1]], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomNet(5400 + i, 4 + 2 * i) })),
    { name: 'large: 18 nodes', args: randomNet(5499, 18), weight: 2 },
  ],
});
