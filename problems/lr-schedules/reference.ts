// Reference: plain float64 TypeScript (a closed form per step; no state to drift).
export type ScheduleKind = 'step' | 'cosine' | 'warmup_cosine' | 'warmup_linear';

function assertInteger(value: number, name: string, min: number): void {
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}`);
}

export function lrSchedule(kind: ScheduleKind, eta0: number, etaMin: number, gamma: number, period: number, warmup: number, T: number): number[] {
  assertInteger(T, 'T', 0);
  if (!(eta0 > 0) || !Number.isFinite(eta0)) throw new Error('eta0 must be a positive finite number');
  const cosine = (progress: number) => etaMin + 0.5 * (eta0 - etaMin) * (1 + Math.cos(Math.PI * progress));
  const checkEtaMin = () => {
    if (!(etaMin >= 0 && etaMin <= eta0)) throw new Error('etaMin must lie in [0, eta0]');
  };
  const steps = Array.from({ length: T }, (_, t) => t);
  switch (kind) {
    case 'step':
      assertInteger(period, 'period', 1);
      if (!(gamma > 0) || !Number.isFinite(gamma)) throw new Error('gamma must be a positive finite number');
      return steps.map((t) => eta0 * gamma ** Math.floor(t / period));
    case 'cosine':
      assertInteger(period, 'period', 1);
      checkEtaMin();
      return steps.map((t) => cosine(t / period));
    case 'warmup_cosine':
    case 'warmup_linear': {
      assertInteger(warmup, 'warmup', 0);
      if (warmup > T) throw new Error('warmup must not exceed T');
      checkEtaMin();
      return steps.map((t) => {
        if (t < warmup) return (eta0 * t) / warmup;
        const progress = (t - warmup) / (T - warmup);
        return kind === 'warmup_cosine' ? cosine(progress) : etaMin + (eta0 - etaMin) * (1 - progress);
      });
    }
    default:
      throw new Error(`unknown schedule kind "${String(kind)}"`);
  }
}
