export function permutationImportance(X: number[][], y: number[], w: number[], b: number, perms: number[][][]): [number[], number[]] {
  // TODO: baseline R², then for each feature and permutation the R² after shuffling that column
  throw new Error('Not implemented');
}
