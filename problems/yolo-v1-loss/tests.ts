import { defineTests, rng } from '../../grader/kit.ts';

/** S² cells, B boxes each, C classes; a fraction of cells hold an object with one responsible box (or `allResponsible`). */
function randomCase(seed: number, cells: number, B: number, C: number, objFrac: number, lc = 5, ln = 0.5, allResponsible = false) {
  const r = rng(seed);
  const box = () => [r.uniform(0, 1), r.uniform(0, 1), r.uniform(0, 1), r.uniform(0, 1), r.uniform(0, 1)];
  const cellObj = Array.from({ length: cells }, () => (r.uniform() < objFrac ? 1 : 0));
  const objMask: number[] = [];
  for (let i = 0; i < cells; i++) {
    const responsible = r.int(0, B - 1);
    for (let j = 0; j < B; j++) objMask.push(cellObj[i] === 1 && (allResponsible || j === responsible) ? 1 : 0);
  }
  const targetBoxes = objMask.map((o) => (o ? box().map((v, k) => (k === 4 ? 1 : v)) : [0, 0, 0, 0, 0]));
  const targetClass = cellObj.map((o) => { const c = r.int(0, C - 1); return Array.from({ length: C }, (_, k) => (o && k === c ? 1 : 0)); });
  const predClass = Array.from({ length: cells }, () => r.vector(C, 0, 1));
  return [objMask.map(box), predClass, targetBoxes, targetClass, objMask, cellObj, lc, ln];
}

const example = [
  [[0.5, 0.5, 0.25, 0.16, 0.8], [0.2, 0.3, 0.04, 0.09, 0.3], [0.1, 0.9, 0.5, 0.5, 0.4], [0.6, 0.6, 0.81, 0.36, 0.1]],
  [[0.7, 0.3], [0.5, 0.5]],
  [[0.4, 0.5, 0.36, 0.25, 1], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]],
  [[1, 0], [0, 0]],
  [1, 0, 0, 0], [1, 0], 5, 0.5,
];
const replace = (c: unknown[], i: number, v: unknown) => c.map((a, j) => (j === i ? v : a));

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: example },
    { name: 'a 3×3 grid with two boxes per cell', sample: true, args: randomCase(8101, 9, 2, 3, 0.4) },
    { name: 'no objects: only the no-object confidence term', args: randomCase(8102, 9, 2, 4, 0) },
    { name: 'every cell holds an object', args: randomCase(8103, 4, 2, 3, 1) },
    { name: 'two boxes per cell, both responsible', args: randomCase(8104, 4, 2, 3, 1, 5, 0.5, true) },
    { name: 'a box of zero width', args: (() => { const c = randomCase(8105, 4, 1, 2, 1); (c[0] as number[][])[1]![2] = 0; (c[2] as number[][])[2]![3] = 0; return c; })() },
    { name: 'unit weights', args: randomCase(8106, 9, 2, 3, 0.5, 1, 1) },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(8200 + i);
      const S = r.int(1, 5);
      return { name: `random ${i + 1}`, args: randomCase(8210 + i, S * S, r.int(1, 3), r.int(1, 6), r.uniform(0.3, 0.8), r.uniform(1, 6), r.uniform(0.1, 1)) };
    }),
    { name: 'large: 7×7 grid, 2 boxes, 20 classes', args: randomCase(8300, 49, 2, 20, 0.3), weight: 2 },
    { name: 'a negative width throws', args: replace(example, 0, [[0.5, 0.5, -0.25, 0.16, 0.8], ...(example[0] as number[][]).slice(1)]), expectError: true },
    { name: 'a box count that is not a multiple of the cells throws', args: replace(replace(example, 0, (example[0] as number[][]).slice(0, 3)), 2, (example[2] as number[][]).slice(0, 3)), expectError: true },
    { name: 'a mask entry other than 0 or 1 throws', args: replace(example, 4, [0.5, 0, 0, 0]), expectError: true },
    { name: 'class rows of different widths throw', args: replace(example, 3, [[1, 0, 0], [0, 0, 0]]), expectError: true },
  ],
});
