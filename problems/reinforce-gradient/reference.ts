// Reference: plain float64 TypeScript with the score function written out.
import { softmaxRow } from '../../grader/reference-kit/float64.ts';

export function reinforce(theta: number[][], feats: number[][], actions: number[], rewards: number[], baseline: number[], gamma: number, lr: number): { grad: number[][]; thetaNew: number[][] } {
  const d = theta.length;
  if (d === 0) throw new Error('theta must have at least one row');
  const A = theta[0]!.length;
  if (A === 0 || theta.some((row) => row.length !== A)) throw new Error('theta must be d×A');
  const T = feats.length;
  if (T === 0) throw new Error('the episode must have at least one step');
  if (feats.some((f) => f.length !== d)) throw new Error('every feature vector must have d entries');
  if (actions.length !== T || rewards.length !== T || baseline.length !== T) throw new Error('actions, rewards and baseline need one entry per step');
  if (actions.some((a) => !Number.isInteger(a) || a < 0 || a >= A)) throw new Error(`actions must be integers in [0, ${A - 1}]`);
  if ([...theta.flat(), ...feats.flat(), ...rewards, ...baseline].some((v) => !Number.isFinite(v))) throw new Error('inputs must be finite');
  if (!(gamma >= 0 && gamma <= 1)) throw new Error('gamma must lie in [0, 1]');
  if (!(lr >= 0) || !Number.isFinite(lr)) throw new Error('lr must be a finite number >= 0');
  const returns = new Array<number>(T);
  let running = 0;
  for (let t = T - 1; t >= 0; t--) {
    running = rewards[t]! + gamma * running;
    returns[t] = running;
  }
  const grad = Array.from({ length: d }, () => new Array<number>(A).fill(0));
  feats.forEach((phi, t) => {
    const logits = Array.from({ length: A }, (_, a) => phi.reduce((s, x, j) => s + x * theta[j]![a]!, 0));
    const pi = softmaxRow(logits);
    const weight = returns[t]! - baseline[t]!;
    for (let j = 0; j < d; j++) {
      for (let a = 0; a < A; a++) grad[j]![a] = grad[j]![a]! + phi[j]! * ((a === actions[t] ? 1 : 0) - pi[a]!) * weight;
    }
  });
  return { grad, thetaNew: theta.map((row, j) => row.map((v, a) => v + lr * grad[j]![a]!)) };
}
