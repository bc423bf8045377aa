// Reference: plain float64 group means.
type Result = { train: number[]; test: number[] };

const mean = (v: number[]): number => v.reduce((s, x) => s + x, 0) / v.length;

export function targetEncode(trainCats: number[], y: number[], testCats: number[], folds: number[]): Result {
  const n = trainCats.length;
  if (n === 0) throw new Error('no training rows');
  if (y.length !== n || folds.length !== n) throw new Error('y and folds need one entry per training row');
  if ([...trainCats, ...testCats, ...folds].some((v) => !Number.isInteger(v))) throw new Error('categories and fold ids must be integers');
  if (y.some((v) => !Number.isFinite(v))) throw new Error('targets must be finite');
  if (new Set(folds).size < 2) throw new Error('out-of-fold encoding needs at least two folds');
  const train = trainCats.map((c, i) => {
    const other = y.filter((_, j) => folds[j] !== folds[i]);
    const same = y.filter((_, j) => folds[j] !== folds[i] && trainCats[j] === c);
    return same.length > 0 ? mean(same) : mean(other);
  });
  const globalMean = mean(y);
  const test = testCats.map((c) => {
    const same = y.filter((_, j) => trainCats[j] === c);
    return same.length > 0 ? mean(same) : globalMean;
  });
  return { train, test };
}
