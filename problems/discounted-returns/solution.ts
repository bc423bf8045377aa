export function discountedReturns(rewards: number[], dones: number[], gamma: number): number[] {
  if (rewards.length !== dones.length) throw new Error('length mismatch');
  if (!(gamma >= 0 && gamma <= 1)) throw new Error('gamma must be in [0, 1]');
  const out = new Array<number>(rewards.length).fill(0);
  let running = 0;
  for (let t = rewards.length - 1; t >= 0; t--) {
    const r = rewards[t]!, d = dones[t]!;
    if (!Number.isFinite(r) || (d !== 0 && d !== 1)) throw new Error('bad reward or done flag');
    if (d === 1) running = 0;
    running = r + gamma * running;
    out[t] = running;
  }
  return out;
}
