// expect: time_limit_exceeded
// mistake: sums forward from every step, O(T^2), too slow for a long episode
// caught-by: large: one episode of 100000 steps
export function discountedReturns(rewards: number[], dones: number[], gamma: number): number[] {
  if (rewards.length !== dones.length) throw new Error('length mismatch');
  if (!(gamma >= 0 && gamma <= 1)) throw new Error('gamma must be in [0, 1]');
  const T = rewards.length;
  for (let t = 0; t < T; t++) {
    if (!Number.isFinite(rewards[t]!) || (dones[t] !== 0 && dones[t] !== 1)) throw new Error('bad reward or done flag');
  }
  const out: number[] = [];
  for (let t = 0; t < T; t++) {
    let g = 0, discount = 1;
    for (let k = t; k < T; k++) {
      g += discount * rewards[k]!;
      if (dones[k] === 1) break;
      discount *= gamma;
    }
    out.push(g);
  }
  return out;
}
