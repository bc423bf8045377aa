// Reference: plain float64 TypeScript.
export function a2cLosses(values: number[], nextValues: number[], rewards: number[], dones: number[], logProbs: number[], gamma: number): { advantages: number[]; actorLoss: number; criticLoss: number; dValues: number[]; dLogProbs: number[] } {
  const N = values.length;
  if (N === 0) throw new Error('the batch must not be empty');
  if ([nextValues, rewards, dones, logProbs].some((v) => v.length !== N)) throw new Error('all arrays must have the same length');
  if ([...values, ...nextValues, ...rewards].some((v) => !Number.isFinite(v))) throw new Error('values and rewards must be finite');
  if (logProbs.some((v) => !(v <= 0) || v === Number.NEGATIVE_INFINITY)) throw new Error('log-probabilities must be finite and <= 0');
  if (dones.some((d) => d !== 0 && d !== 1)) throw new Error('dones must be 0 or 1');
  if (!(gamma >= 0 && gamma <= 1)) throw new Error('gamma must lie in [0, 1]');
  const advantages = values.map((v, t) => rewards[t]! + gamma * (1 - dones[t]!) * nextValues[t]! - v);
  const actorLoss = -advantages.reduce((s, a, t) => s + logProbs[t]! * a, 0) / N;
  const criticLoss = advantages.reduce((s, a) => s + a * a, 0) / N;
  return {
    advantages,
    actorLoss,
    criticLoss,
    // the target r + γV(s′) is held constant: only V(s_t) receives a gradient
    dValues: advantages.map((a) => (-2 * a) / N),
    dLogProbs: advantages.map((a) => -a / N),
  };
}
