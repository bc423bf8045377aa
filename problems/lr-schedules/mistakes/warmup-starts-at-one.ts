// expect: wrong_answer
// mistake: warm-up as eta0*(t+1)/W, so the first step is not 0 and the peak comes one step early
// caught-by: warm-up then linear decay
export function lrSchedule(kind: 'step' | 'cosine' | 'warmup_cosine' | 'warmup_linear', eta0: number, etaMin: number, gamma: number, period: number, warmup: number, T: number): number[] {
  const isInt = (v: number, min: number) => Number.isInteger(v) && v >= min;
  if (!isInt(T, 0)) throw new Error('T must be a non-negative integer');
  if (!(eta0 > 0) || !Number.isFinite(eta0)) throw new Error('eta0 must be positive');
  const out: number[] = [];
  if (kind === 'step') {
    if (!isInt(period, 1)) throw new Error('period must be a positive integer');
    if (!(gamma > 0)) throw new Error('gamma must be positive');
    for (let t = 0; t < T; t++) out.push(eta0 * Math.pow(gamma, Math.floor(t / period)));
    return out;
  }
  if (kind !== 'cosine' && kind !== 'warmup_cosine' && kind !== 'warmup_linear') throw new Error('unknown kind');
  if (!(etaMin >= 0 && etaMin <= eta0)) throw new Error('etaMin must be in [0, eta0]');
  if (kind === 'cosine') {
    if (!isInt(period, 1)) throw new Error('period must be a positive integer');
    for (let t = 0; t < T; t++) out.push(etaMin + ((eta0 - etaMin) * (1 + Math.cos((Math.PI * t) / period))) / 2);
    return out;
  }
  if (!isInt(warmup, 0) || warmup > T) throw new Error('warmup must be an integer in [0, T]');
  for (let t = 0; t < T; t++) {
    if (t < warmup) {
      out.push((eta0 * (t + 1)) / warmup);
      continue;
    }
    const p = (t - warmup) / (T - warmup);
    const factor = kind === 'warmup_cosine' ? (1 + Math.cos(Math.PI * p)) / 2 : 1 - p;
    out.push(etaMin + (eta0 - etaMin) * factor);
  }
  return out;
}
