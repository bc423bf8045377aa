export function eqConstrainedQp(Q: number[][], c: number[], A: number[][], b: number[]): { x: number[]; lambda: number[] } {
  // TODO: build [[Q, A^T], [A, 0]] [x; lambda] = [-c; b] and solve it
  return { x: c.map(() => 0), lambda: b.map(() => 0) };
}
