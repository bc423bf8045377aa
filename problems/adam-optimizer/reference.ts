// Reference: plain float64 TypeScript. (tf.train.adam is float32 and has no decoupled decay.)
export function adamSteps(theta0: number[], grads: number[][], lr: number, beta1: number, beta2: number, eps: number, weightDecay: number, decoupled: boolean): number[][] {
  const p = theta0.length;
  const theta = theta0.slice();
  const m = new Array<number>(p).fill(0);
  const v = new Array<number>(p).fill(0);
  const out: number[][] = [];
  let t = 0;
  for (const g of grads) {
    if (g.length !== p) throw new Error('gradient length does not match theta0');
    t += 1;
    const c1 = 1 - Math.pow(beta1, t);
    const c2 = 1 - Math.pow(beta2, t);
    for (let j = 0; j < p; j++) {
      let gj = g[j]!;
      let th = theta[j]!;
      if (decoupled) th = th * (1 - lr * weightDecay);
      else gj = gj + weightDecay * th;
      m[j] = beta1 * m[j]! + (1 - beta1) * gj;
      v[j] = beta2 * v[j]! + (1 - beta2) * gj * gj;
      const mh = m[j]! / c1;
      const vh = v[j]! / c2;
      theta[j] = th - (lr * mh) / (Math.sqrt(vh) + eps);
    }
    out.push(theta.slice());
  }
  return out;
}
