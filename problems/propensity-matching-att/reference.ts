// Reference: plain float64 TypeScript (nearest-neighbour choices are discrete decisions).

export function psmAtt(ps: number[], treatment: number[], y: number[], caliper: number): { att: number; matches: number[] } {
  const n = ps.length;
  if (n === 0 || treatment.length !== n || y.length !== n) throw new Error('ps, treatment and y need the same, non-zero length');
  if (treatment.some((t) => t !== 0 && t !== 1)) throw new Error('treatment must be 0 or 1');
  if (ps.some((p) => !(p >= 0 && p <= 1))) throw new Error('propensity scores must lie in [0, 1]');
  if (y.some((v) => !Number.isFinite(v))) throw new Error('outcomes must be finite');
  if (!(caliper >= 0)) throw new Error('caliper must be ≥ 0 (Infinity for no caliper)');
  const controls = treatment.flatMap((t, i) => (t === 0 ? [i] : []));
  const treatedUnits = treatment.flatMap((t, i) => (t === 1 ? [i] : []));
  if (controls.length === 0 || treatedUnits.length === 0) throw new Error('both treated and control units are needed');
  const matches: number[] = [];
  let sum = 0, matched = 0;
  for (const i of treatedUnits) {
    let best = -1, bestDist = Number.POSITIVE_INFINITY;
    for (const j of controls) {
      const dist = Math.abs(ps[i]! - ps[j]!);
      if (dist <= caliper && dist < bestDist) { best = j; bestDist = dist; } // strict: the lower index keeps a tie
    }
    matches.push(best);
    if (best >= 0) {
      sum += y[i]! - y[best]!;
      matched++;
    }
  }
  return { att: matched > 0 ? sum / matched : Number.NaN, matches };
}
