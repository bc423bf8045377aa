import { defineTests, rng } from '../../grader/kit.ts';

type Kind = 'randint' | 'uniform' | 'choice';
const forestSpecs = [[50, 200], [3, 20], [0.1, 0.5], [1, 2, 4, 8]];
const forestKinds: Kind[] = ['randint', 'randint', 'uniform', 'choice'];
const draws = (seed: number, n: number, k: number) => rng(seed).matrix(n, k);

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[[50, 200], [0.1, 0.5], [4, 8, 16]], ['randint', 'uniform', 'choice'], [[0, 0.5, 0.99], [0.9999999, 0.25, 0.4]]] },
    { name: 'a forest search space', sample: true, args: [forestSpecs, forestKinds, draws(5600, 5, 4)] },
    { name: 'uniforms just below 1', args: [[[50, 200], [0, 1], [3, 5, 7]], ['randint', 'randint', 'choice'], [[0.9999999, 0.9999999, 0.9999999], [1 - 2 ** -53, 0.5, 1 - 2 ** -53]]] },
    { name: 'randint over two values', args: [[[0, 1]], ['randint'], [[0], [0.5], [0.999]]] },
    { name: 'a single-element choice', args: [[[42]], ['choice'], [[0], [0.7]]] },
    { name: 'uniform of width zero', args: [[[3.5, 0]], ['uniform'], [[0.2], [0.9]]] },
    { name: 'negative bounds', args: [[[-10, -3], [-1, 0.5]], ['randint', 'uniform'], draws(5601, 6, 2)] },
    { name: 'no draws', args: [forestSpecs, forestKinds, []] },
    ...Array.from({ length: 4 }, (_, i) => ({ name: `random ${i + 1}`, args: [[[1, 1000], [1e-4, 0.1], [0.5, 0.7, 0.9, 0.99, 1], [0, 3]], ['randint', 'uniform', 'choice', 'randint'], draws(5610 + i, 20, 4)] })),
    { name: 'large: 20000 draws', args: [forestSpecs, forestKinds, draws(5700, 20000, 4)], weight: 2 },
    { name: 'randint with high equal to low throws', args: [[[5, 5]], ['randint'], [[0.5]]], expectError: true },
    { name: 'a uniform equal to 1 throws', args: [[[0, 10]], ['randint'], [[1]]], expectError: true },
    { name: 'an empty choice throws', args: [[[]], ['choice'], [[0.5]]], expectError: true },
    { name: 'negative scale throws', args: [[[1, -2]], ['uniform'], [[0.5]]], expectError: true },
  ],
});
