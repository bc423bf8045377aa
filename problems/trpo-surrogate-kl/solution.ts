export function trpoCheck(piOld: number[][], piNew: number[][], actions: number[], adv: number[], delta: number, maxBacktracks: number): { surrogate: number; kl: number; feasible: number; stepFraction: number } {
  const n = piOld.length;
  if (!n || piNew.length !== n || actions.length !== n || adv.length !== n) throw new Error('shape mismatch');
  const k = piOld[0].length;
  const dist = (r: number[]) => r.length === k && r.every((p) => p >= 0 && p <= 1) && Math.abs(r.reduce((s, p) => s + p, 0) - 1) <= 1e-9;
  if (!k || !piOld.every(dist) || !piNew.every(dist)) throw new Error('rows must be distributions');
  for (let s = 0; s < n; s++) {
    const a = actions[s];
    if (!Number.isInteger(a) || a < 0 || a >= k || piOld[s][a] <= 0) throw new Error('bad action');
    if (!Number.isFinite(adv[s])) throw new Error('bad advantage');
  }
  if (!(delta > 0 && Number.isFinite(delta)) || !Number.isInteger(maxBacktracks) || maxBacktracks < 0) throw new Error('bad delta or maxBacktracks');

  const evaluate = (pi: number[][]) => {
    let L = 0, kl = 0;
    for (let s = 0; s < n; s++) {
      L += (pi[s][actions[s]] / piOld[s][actions[s]]) * adv[s];
      for (let a = 0; a < k; a++) {
        const p = piOld[s][a];
        if (p === 0) continue;
        kl += pi[s][a] === 0 ? Infinity : p * Math.log(p / pi[s][a]);
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
