export function trainValTestSplit(n: number, perm: number[], trainFrac: number, valFrac: number): [number[], number[], number[]] {
  // TODO: n_train = floor(trainFrac·n + 1e-9), n_val = floor(valFrac·n + 1e-9), the rest is the test set
  return [[], [], perm.slice()];
}
