export function a2cLosses(values: number[], nextValues: number[], rewards: number[], dones: number[], logProbs: number[], gamma: number): { advantages: number[]; actorLoss: number; criticLoss: number; dValues: number[]; dLogProbs: number[] } {
  const n = values.length;
  if (n === 0 || [nextValues, rewards, dones, logProbs].some((a) => a.length !== n)) throw new Error('bad lengths');
  if (![...values, ...nextValues, ...rewards].every(Number.isFinite)) throw new Error('non-finite value or reward');
  if (!logProbs.every((lp) => Number.isFinite(lp) && lp <= 0)) throw new Error('bad log-probability');
  if (!dones.every((d) => d === 0 || d === 1) || !(gamma >= 0 && gamma <= 1)) throw new Error('bad done or gamma');
  const advantages: number[] = [];
  let actor = 0, critic = 0;
  for (let t = 0; t < n; t++) {
    const bootstrap = dones[t] ? 0 : gamma * nextValues[t]!;
    const adv = rewards[t]! + bootstrap - values[t]!;
    advantages.push(adv);
    actor -= logProbs[t]! * adv;
    critic += adv * adv;
  }
  return {
    advantages,
    actorLoss: actor / n,
    criticLoss: critic / n,
    dValues: advantages.map((a) => (-2 * a) / n),
    dLogProbs: advantages.map((a) => -a / n),
  };
}
