// Reference: plain float64 TypeScript (long loops; TF.js float32 would drift).
export function momentumSteps(theta0: number[], grads: number[][], lr: number, momentum: number): number[][] {
  const p = theta0.length;
  const theta = theta0.slice();
  const v = new Array<number>(p).fill(0);
  const out: number[][] = [];
  for (const g of grads) {
    if (g.length !== p) throw new Error(`gradient length ${g.length} does not match theta0 length ${p}`);
    for (let j = 0; j < p; j++) {
      v[j] = momentum * v[j]! - lr * g[j]!;
      theta[j] = theta[j]! + v[j]!;
    }
    out.push(theta.slice());
  }
  return out;
}
