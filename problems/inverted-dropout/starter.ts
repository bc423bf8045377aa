export function dropout(x: number[][], u: number[][], p: number, training: boolean, dY: number[][]): { y: number[][]; dX: number[][] } {
  // TODO: keep where u >= p, scale kept entries by 1/(1-p) in training; identity at inference
  return { y: x.map((r) => r.slice()), dX: dY.map((r) => r.slice()) };
}
