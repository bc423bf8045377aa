// Reference: plain float64 TypeScript, one backward pass.
export function discountedReturns(rewards: number[], dones: number[], gamma: number): number[] {
  const T = rewards.length;
  if (dones.length !== T) throw new Error('rewards and dones must have the same length');
  if (!(gamma >= 0 && gamma <= 1)) throw new Error('gamma must lie in [0, 1]');
  if (rewards.some((r) => !Number.isFinite(r))) throw new Error('rewards must be finite');
  if (dones.some((d) => d !== 0 && d !== 1)) throw new Error('dones must be 0 or 1');
  const G = new Array<number>(T);
  let next = 0;
  for (let t = T - 1; t >= 0; t--) {
    next = rewards[t]! + gamma * next * (1 - dones[t]!);
    G[t] = next;
  }
  return G;
}
