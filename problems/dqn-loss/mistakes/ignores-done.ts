// expect: wrong_answer
// mistake: bootstraps from the next state even after a terminal transition
// caught-by: terminal transitions
export function dqnLoss(qOnline: number[][], qNextTarget: number[][], qNextOnline: number[][], actions: number[], rewards: number[], dones: number[], gamma: number): { targets: number[]; doubleTargets: number[]; loss: number; dQ: number[][] } {
  const N = qOnline.length;
  const A = N > 0 ? qOnline[0]!.length : 0;
  if (N === 0 || A === 0) throw new Error('empty batch');
  const okMatrix = (m: number[][]) => m.length === N && m.every((r) => r.length === A && r.every(Number.isFinite));
  if (!okMatrix(qOnline) || !okMatrix(qNextTarget) || !okMatrix(qNextOnline)) throw new Error('bad Q matrices');
  if (actions.length !== N || rewards.length !== N || dones.length !== N) throw new Error('length mismatch');
  for (let i = 0; i < N; i++) {
    const a = actions[i]!;
    if (!Number.isInteger(a) || a < 0 || a >= A) throw new Error('action out of range');
    if (!Number.isFinite(rewards[i]!) || (dones[i] !== 0 && dones[i] !== 1)) throw new Error('bad reward or done');
  }
  if (!(gamma >= 0 && gamma <= 1)) throw new Error('bad gamma');
  const targets: number[] = [];
  const doubleTargets: number[] = [];
  const dQ: number[][] = [];
  let loss = 0;
  for (let i = 0; i < N; i++) {
    const live = 1;
    let choice = 0;
    for (let b = 1; b < A; b++) if (qNextOnline[i]![b]! > qNextOnline[i]![choice]!) choice = b;
    const y = rewards[i]! + gamma * live * Math.max(...qNextTarget[i]!);
    targets.push(y);
    doubleTargets.push(rewards[i]! + gamma * live * qNextTarget[i]![choice]!);
    const err = qOnline[i]![actions[i]!]! - y;
    loss += err * err;
    const g = new Array<number>(A).fill(0);
    g[actions[i]!] = (2 * err) / N;
    dQ.push(g);
  }
  return { targets, doubleTargets, loss: loss / N, dQ };
}
