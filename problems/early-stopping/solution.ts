export function earlyStopping(valLosses: number[], patience: number, minDelta: number): { stopped: boolean; stopEpoch: number; bestEpoch: number; bestLoss: number } {
  if (valLosses.length === 0) throw new Error('no losses');
  if (!Number.isInteger(patience) || patience < 0) throw new Error('bad patience');
  if (!(minDelta >= 0) || minDelta === Infinity) throw new Error('bad minDelta');
  let best = Infinity;
  let bestEpoch = -1;
  let wait = 0;
  const result = (stopped: boolean, stopEpoch: number) => ({ stopped, stopEpoch, bestEpoch, bestLoss: bestEpoch === -1 ? NaN : best });
  for (let epoch = 0; epoch < valLosses.length; epoch++) {
    const loss = valLosses[epoch]!;
    const improved = loss < best - minDelta;
    if (improved) {
      best = loss;
      bestEpoch = epoch;
      wait = 0;
      continue;
    }
    wait++;
    if (wait >= patience) return result(true, epoch);
  }
  return result(false, valLosses.length - 1);
}
