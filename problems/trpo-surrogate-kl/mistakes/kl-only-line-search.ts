// expect: wrong_answer
// mistake: the line search only checks the KL constraint and accepts a step that makes the surrogate worse
// caught-by: a step that lowers the surrogate
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
        const p = piOld[s][a];
        if (p > 0) kl += pi[s][a] === 0 ? Infinity : p * Math.log(p / pi[s][a]);
      }
    }
    return { L: L / n, kl: kl / n };
  };
  const full = evaluate(piNew);
  let stepFraction = 0;
  for (let j = 0; j <= maxBacktracks; j++) {
    const f = 0.5 ** j;
    if (evaluate(piOld.map((row, s) => row.map((p, a) => p + f * (piNew[s][a] - p)))).kl <= delta) { stepFraction = f; break; }
  }
  return { surrogate: full.L, kl: full.kl, feasible: full.kl <= delta ? 1 : 0, stepFraction };
}
