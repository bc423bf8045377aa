export function twoTowerTopK(
  userFeats: number[][], itemFeats: number[][],
  Wu1: number[][], bu1: number[], Wu2: number[][], bu2: number[],
  Wi1: number[][], bi1: number[], Wi2: number[][], bi2: number[],
  seen: number[][], k: number,
): { scores: number[][]; topK: number[][] } {
  // TODO: embed users and items (Dense → ReLU → Dense → L2-normalise), score, and pick the top-k unseen items
  throw new Error('Not implemented');
}
