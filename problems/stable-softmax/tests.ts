import { defineTests, rng, rowsSumTo } from '../../grader/kit.ts';

const shiftBase = rng(31).matrix(3, 5, -4, 4);

export default defineTests({
  checks: { probabilityRows: rowsSumTo(1, { within: [0, 1] }) },
  cases: [
    { name: 'worked example', sample: true, args: [[[1, 2, 3], [1000, 1000, -1000]]], check: 'probabilityRows' },
    { name: 'single row of four', sample: true, args: [[[0.5, -1.5, 2, 0]]], check: 'probabilityRows' },
    { name: 'logits of ±1000', args: [[[1000, -1000, 999], [-1000, -1000, -999.5], [1000, 1000, 1000]]], check: 'probabilityRows' },
    { name: 'large non-integer logits', args: [[[100.3, -250.35, 100.1, 99.7], [-250.35, 100.3, 37.125, 100.29]]], check: 'probabilityRows' },
    { name: 'equal values give a uniform row', args: [[[3, 3, 3, 3], [-7.5, -7.5, -7.5, -7.5]]] },
    { name: 'single column gives 1', args: [[[5], [-3], [1e9]]], tolerance: { rtol: 0, atol: 1e-12 } },
    { name: '-Infinity entries get probability 0', args: [[[0, -Infinity, 1], [-Infinity, 2, -Infinity]]], check: 'probabilityRows' },
    { name: 'mask-style values of -1e9', args: [[[1.5, -1e9, 0.5, -1e9], [-1e9, -1e9, 4, -1e9]]], check: 'probabilityRows' },
    { name: 'row of all -Infinity is NaN', args: [[[-Infinity, -Infinity], [0, 1]]], nanEqual: true },
    { name: 'one row, many columns', args: [rng(17).matrix(1, 64, -20, 20)], check: 'probabilityRows' },
    { name: 'rows on very different scales', args: [[[0, 1, 2], [-5000, -5001, -5002], [700, 710, 705]]], check: 'probabilityRows' },
    { name: 'constant added to a row', args: [shiftBase.map((row) => row.map((v) => v + 1234.5))], check: 'probabilityRows' },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(100 + i);
      const scale = [1, 5, 30, 100, 300, 800][i]!;
      return { name: `random ${i + 1}`, args: [r.matrix(r.int(1, 8), r.int(1, 10), -scale, scale)], check: 'probabilityRows' };
    }),
    { name: 'large 512×512', args: [rng(7).matrix(512, 512, -50, 50)], weight: 2 },
  ],
});
