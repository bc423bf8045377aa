// Reference: plain TypeScript (discrete decisions; the outputs are indices and an input value).
export function earlyStopping(valLosses: number[], patience: number, minDelta: number): { stopped: boolean; stopEpoch: number; bestEpoch: number; bestLoss: number } {
  if (valLosses.length === 0) throw new Error('valLosses must not be empty');
  if (!Number.isInteger(patience) || patience < 0) throw new Error('patience must be a non-negative integer');
  if (!(minDelta >= 0) || !Number.isFinite(minDelta)) throw new Error('minDelta must be a finite number >= 0');
  let best = Number.POSITIVE_INFINITY;
  let bestEpoch = -1;
  let wait = 0;
  for (let t = 0; t < valLosses.length; t++) {
    const loss = valLosses[t]!;
    // NaN compares false, so it never improves
    if (loss < best - minDelta) {
      best = loss;
      bestEpoch = t;
      wait = 0;
    } else {
      wait += 1;
      if (wait >= patience) return { stopped: true, stopEpoch: t, bestEpoch, bestLoss: bestEpoch < 0 ? Number.NaN : best };
    }
  }
  return { stopped: false, stopEpoch: valLosses.length - 1, bestEpoch, bestLoss: bestEpoch < 0 ? Number.NaN : best };
}
