export function robustScale(Xtrain: number[][], Xtest: number[][]): { train: number[][]; test: number[][] } {
  // TODO: per column, (x − median) / (Q3 − Q1) with statistics from the training rows
  return { train: Xtrain.map((r) => r.slice()), test: Xtest.map((r) => r.slice()) };
}
