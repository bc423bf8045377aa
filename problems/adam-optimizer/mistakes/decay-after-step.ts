// expect: wrong_answer
// mistake: AdamW with the decay applied after the Adam step, θ_t = (θ_{t−1} − step)(1 − ηλ), instead of shrinking θ_{t−1} first
// caught-by: AdamW shrinks before the step
export function adamSteps(theta0: number[], grads: number[][], lr: number, beta1: number, beta2: number, eps: number, weightDecay: number, decoupled: boolean): number[][] {
  const n = theta0.length;
  let w = theta0.slice();
  let m = new Array(n).fill(0);
  let s = new Array(n).fill(0);
  let b1t = 1, b2t = 1;
  const res: number[][] = [];
  for (let step = 0; step < grads.length; step++) {
    b1t *= beta1;
    b2t *= beta2;
    const raw = grads[step];
    const g = decoupled ? raw.slice() : raw.map((x, i) => x + weightDecay * w[i]);
    const base = w;
    m = m.map((mi, i) => beta1 * mi + (1 - beta1) * g[i]);
    s = s.map((si, i) => beta2 * si + (1 - beta2) * g[i] * g[i]);
    w = base.map((x, i) => {
      const mHat = m[i] / (1 - b1t);
      const sHat = s[i] / (1 - b2t);
      const stepped = x - (lr * mHat) / (Math.sqrt(sHat) + eps);
      return decoupled ? stepped * (1 - lr * weightDecay) : stepped;
    });
    res.push(w);
  }
  return res;
}
