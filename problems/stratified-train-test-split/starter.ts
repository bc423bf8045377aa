export function stratifiedSplit(y: number[], order: number[], testFrac: number): [number[], number[]] {
  // TODO: n_test = ceil(testFrac·n), largest-remainder quotas per class, first rows of each class in `order` go to test
  return [y.map((_, i) => i), []];
}
