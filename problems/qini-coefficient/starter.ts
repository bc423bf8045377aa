export function qini(yTrue: number[], treatment: number[], scores: number[]): { curve: number[]; coefficient: number } {
  // TODO: stable descending sort, Qini curve Q(0..n), trapezoid area above the random line
  return { curve: new Array<number>(yTrue.length + 1).fill(0), coefficient: 0 };
}
