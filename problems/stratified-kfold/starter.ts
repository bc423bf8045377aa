export function stratifiedKFold(y: number[], k: number): number[][] {
  // TODO: encode classes by first appearance, allocate per-fold class counts by dealing the sorted codes
  // round-robin, fill each class's folds in index order, and return the sorted test indices per fold.
  return Array.from({ length: k }, () => []);
}
