// expect: wrong_answer
// mistake: takes a gradient descent step on the objective it should maximise
// caught-by: random 1
export function reinforce(theta: number[][], feats: number[][], actions: number[], rewards: number[], baseline: number[], gamma: number, lr: number): { grad: number[][]; thetaNew: number[][] } {
  const d = theta.length;
  const A = d > 0 ? theta[0]!.length : 0;
  if (d === 0 || A === 0 || theta.some((r) => r.length !== A)) throw new Error('bad theta');
  const T = feats.length;
  if (T === 0 || feats.some((f) => f.length !== d)) throw new Error('bad features');
  if (actions.length !== T || rewards.length !== T || baseline.length !== T) throw new Error('length mismatch');
  if (actions.some((a) => !Number.isInteger(a) || a < 0 || a >= A)) throw new Error('bad action');
  if (![...theta.flat(), ...feats.flat(), ...rewards, ...baseline].every(Number.isFinite)) throw new Error('non-finite input');
  if (!(gamma >= 0 && gamma <= 1) || !(lr >= 0) || lr === Infinity) throw new Error('bad gamma or lr');
  const G = new Array<number>(T);
  for (let t = T - 1, acc = 0; t >= 0; t--) G[t] = acc = rewards[t]! + gamma * acc;
  const grad = theta.map((row) => row.map(() => 0));
  for (let t = 0; t < T; t++) {
    const phi = feats[t]!;
    const z = Array.from({ length: A }, (_, a) => phi.reduce((s, x, j) => s + x * theta[j]![a]!, 0));
    const m = Math.max(...z);
    const e = z.map((v) => Math.exp(v - m));
    const sum = e.reduce((s, v) => s + v, 0);
    const adv = G[t]! - baseline[t]!;
    for (let a = 0; a < A; a++) {
      const coef = ((a === actions[t] ? 1 : 0) - e[a]! / sum) * adv;
      for (let j = 0; j < d; j++) grad[j]![a] += phi[j]! * coef;
    }
  }
  return { grad, thetaNew: theta.map((row, j) => row.map((v, a) => v - lr * grad[j]![a]!)) };
}
