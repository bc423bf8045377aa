// expect: wrong_answer
// mistake: computes KL(π_new ‖ π_old) instead of KL(π_old ‖ π_new)
// caught-by: random 1
export function trpoCheck(piOld: number[][], piNew: number[][], actions: number[], adv: number[], delta: number, maxBacktracks: number): { surrogate: number; kl: number; feasible: number; stepFraction: number } {
  const n = piOld.length;
  if (!n || piNew.length !== n || actions.length !== n || adv.length !== n || !(delta > 0)) throw new Error('bad input');
  const k = piOld[0].length;
  const dist = (r: number[]) => r.length === k && r.every((p) => p >= 0 && p <= 1) && Math.abs(r.reduce((s, p) => s + p, 0) - 1) <= 1e-9;
  if (!piOld.every(dist) || !piNew.every(dist) || actions.some((a, s) => !(piOld[s][a] > 0))) throw new Error('bad policy');
  if (!Number.isInteger(maxBacktracks) || maxBacktracks < 0 || adv.some((x) => !Number.isFinite(x))) throw new Error('bad input');
  const evaluate = (pi: number[][]) => {
    let L = 0, kl = 0;
    for (let s = 0; s < n; s++) {
      L += (pi[s][actions[s]] / piOld[s][actions[s]]) * adv[s];
      for (let a = 0; a < k; a++) {
        const q = pi[s][a];
        if (q === 0) continue;
        kl += piOld[s][a] === 0 ? Infinity : q * Math.log(q / piOld[s][a]);
      }
    }
    return { L: L / n, kl: kl / n };
  };
  const meanA = adv.reduce((s, x) => s + x, 0) / n;
  const full = evaluate(piNew);
  let stepFraction = 0;
  for (let j = 0; j <= maxBacktracks; j++) {
    const f = 0.5 ** j;
    const t = evaluate(piOld.map((row, s) => row.map((p, a) => p + f * (piNew[s][a] - p))));
    if (t.kl <= delta && t.L > meanA) { stepFraction = f; break; }
  }
  return { surrogate: full.L, kl: full.kl, feasible: full.kl <= delta ? 1 : 0, stepFraction };
}
