export function lrSchedule(kind: 'step' | 'cosine' | 'warmup_cosine' | 'warmup_linear', eta0: number, etaMin: number, gamma: number, period: number, warmup: number, T: number): number[] {
  // TODO: the learning rate for t = 0..T-1 under the chosen schedule
  const out: number[] = [];
  for (let t = 0; t < T; t++) out.push(eta0);
  return out;
}
