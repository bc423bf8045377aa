/** TRPO surrogate, mean KL(π_old ‖ π_new), feasibility and the backtracking step fraction 0.5^j (float64). */
export interface TrpoResult { surrogate: number; kl: number; feasible: number; stepFraction: number }

/** KL(p ‖ q) with 0·log(0/q) = 0 and +Infinity where p > 0 = q. */
function klRow(p: readonly number[], q: readonly number[]): number {
  let s = 0;
  for (let a = 0; a < p.length; a++) {
    if (p[a]! === 0) continue;
    if (q[a]! === 0) return Number.POSITIVE_INFINITY;
    s += p[a]! * Math.log(p[a]! / q[a]!);
  }
  return s;
}

export function surrogateAndKl(piOld: number[][], pi: number[][], actions: number[], adv: number[]): { surrogate: number; kl: number } {
  const n = piOld.length;
  let surrogate = 0;
  let kl = 0;
  for (let s = 0; s < n; s++) {
    const a = actions[s]!;
    surrogate += (pi[s]![a]! / piOld[s]![a]!) * adv[s]!;
    kl += klRow(piOld[s]!, pi[s]!);
  }
  return { surrogate: surrogate / n, kl: kl / n };
}

export function validate(piOld: number[][], piNew: number[][], actions: number[], adv: number[], delta: number, maxBacktracks: number): void {
  const n = piOld.length;
  if (n === 0 || piNew.length !== n || actions.length !== n || adv.length !== n) throw new Error('piOld, piNew, actions and adv must describe the same non-empty set of states');
  const A = piOld[0]!.length;
  const isDistribution = (row: number[]) => row.length === A && row.every((p) => p >= 0 && p <= 1) && Math.abs(row.reduce((x, y) => x + y, 0) - 1) <= 1e-9;
  if (A === 0 || !piOld.every(isDistribution) || !piNew.every(isDistribution)) throw new Error('every policy row must be a probability distribution over the same actions');
  if (actions.some((a, s) => !Number.isInteger(a) || a < 0 || a >= A || !(piOld[s]![a]! > 0))) throw new Error('each action must be an index the old policy takes with positive probability');
  if (!adv.every(Number.isFinite)) throw new Error('advantages must be finite');
  if (!(delta > 0) || !Number.isFinite(delta)) throw new Error('delta must be a positive number');
  if (!Number.isInteger(maxBacktracks) || maxBacktracks < 0) throw new Error('maxBacktracks must be a non-negative integer');
}

export function trpoCheck(piOld: number[][], piNew: number[][], actions: number[], adv: number[], delta: number, maxBacktracks: number): TrpoResult {
  validate(piOld, piNew, actions, adv, delta, maxBacktracks);
  const baseline = adv.reduce((x, y) => x + y, 0) / adv.length;
  const { surrogate, kl } = surrogateAndKl(piOld, piNew, actions, adv);
  let stepFraction = 0;
  for (let j = 0; j <= maxBacktracks; j++) {
    const f = 0.5 ** j;
    const pi = piOld.map((row, s) => row.map((p, a) => p + f * (piNew[s]![a]! - p)));
    const trial = surrogateAndKl(piOld, pi, actions, adv);
    if (trial.kl <= delta && trial.surrogate > baseline) {
      stepFraction = f;
      break;
    }
  }
  return { surrogate, kl, feasible: kl <= delta ? 1 : 0, stepFraction };
}
