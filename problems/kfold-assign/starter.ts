export function kfoldAssign(y: number[], k: number, stratified: boolean): number[] {
  // TODO: a fold id in 0..k−1 for every sample (contiguous blocks, or round-robin within each class)
  return y.map(() => 0);
}
