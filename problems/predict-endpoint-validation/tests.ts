import { defineTests, rng } from '../../grader/kit.ts';

const model = [[1, 10], [2, 5], [0.5, -1], 3];
const withModel = (body: unknown) => [body, ...model];

function randomModel(seed: number, d: number, rows: number, flat: boolean) {
  const r = rng(seed);
  const mean = r.vector(d, -5, 5), scale = r.vector(d, 0.1, 10), w = r.vector(d, -2, 2), b = r.uniform(-3, 3);
  const X = r.normalMatrix(rows, d, 0, 5);
  return [{ features: flat ? X[0] : X }, mean, scale, w, b];
}

export default defineTests({
  cases: [
    { name: 'one flat row', sample: true, args: withModel({ features: [3, 20] }) },
    { name: 'a batch of two', sample: true, args: withModel({ features: [[1, 10], [5, 0]] }) },
    { name: 'a row of the wrong length', sample: true, args: withModel({ features: [[1, 10], [5]] }) },
    { name: 'no features key', args: withModel({ rows: [[1, 2]] }) },
    { name: 'a null body', args: withModel(null) },
    { name: 'features is not a list', args: withModel({ features: '1,2' }) },
    { name: 'an empty batch', args: withModel({ features: [] }) },
    { name: 'a numeric string', args: withModel({ features: [[1, 2], ['1.5', 3]] }) },
    { name: 'a boolean feature', args: withModel({ features: [true, 4] }) },
    { name: 'a null feature', args: withModel({ features: [[1, null]] }) },
    { name: 'NaN and infinity', args: withModel({ features: [[1, 2], [Number.NaN, 3], [4, Number.POSITIVE_INFINITY]] }) },
    { name: 'three levels of nesting', args: withModel({ features: [[[1, 2]]] }) },
    { name: 'rows mixed with values', args: withModel({ features: [[1, 2], 3] }) },
    { name: 'a string before a NaN', args: withModel({ features: [[Number.NaN, 'x']] }) },
    ...Array.from({ length: 3 }, (_, i) => ({ name: `random ${i + 1}`, args: randomModel(8300 + i, 2 + 3 * i, 5 + i, i === 2) })),
    { name: 'large: a batch of 5000 rows', args: randomModel(8400, 16, 5000, false), weight: 2 },
    { name: 'a zero scale in the stored model throws', args: [{ features: [1, 2] }, [1, 10], [0, 5], [0.5, -1], 3], expectError: true },
  ],
});
