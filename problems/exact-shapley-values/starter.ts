export function exactShapley(
  x: number[], background: number[][], childrenLeft: number[], childrenRight: number[], feature: number[], threshold: number[], value: number[],
): [number[], number] {
  // TODO: v(S) for every subset S (x on S, background elsewhere, averaged), then the Shapley weights
  throw new Error('Not implemented');
}
