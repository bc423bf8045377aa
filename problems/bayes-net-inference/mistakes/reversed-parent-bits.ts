// expect: wrong_answer
// mistake: builds the CPT index with the first listed parent as the most significant bit instead of bit 0
// caught-by: two asymmetric parents
export function bayesNetQuery(parents: number[][], cpt: number[][], query: number, evidence: number[]): { posterior: number; pEvidence: number } {
  const n = parents.length;
  if (n < 1 || n > 20 || cpt.length !== n || evidence.length !== n) throw new Error('shape mismatch');
  for (let i = 0; i < n; i++) {
    const ps = parents[i]!;
    for (const p of ps) if (!Number.isInteger(p) || p < 0 || p >= i) throw new Error('not topologically ordered');
    if (new Set(ps).size !== ps.length) throw new Error('duplicate parent');
    if (cpt[i]!.length !== 1 << ps.length) throw new Error('bad CPT size');
    for (const p of cpt[i]!) if (!(p >= 0 && p <= 1)) throw new Error('bad probability');
  }
  for (const e of evidence) if (e !== -1 && e !== 0 && e !== 1) throw new Error('bad evidence');
  if (!Number.isInteger(query) || query < 0 || query >= n) throw new Error('bad query');
  const x = new Array<number>(n).fill(0);
  let total = 0, withQ = 0;
  // depth-first over the nodes in order, multiplying conditional probabilities as we go
  const visit = (i: number, prob: number) => {
    if (prob === 0) return;
    if (i === n) {
      total += prob;
      if (x[query] === 1) withQ += prob;
      return;
    }
    let idx = 0;
    const ps = parents[i]!;
    ps.forEach((p, j) => { if (x[p] === 1) idx |= 1 << (ps.length - 1 - j); });
    const p1 = cpt[i]![idx]!;
    for (const v of [0, 1]) {
      if (evidence[i] !== -1 && evidence[i] !== v) continue;
      x[i] = v;
      visit(i + 1, prob * (v === 1 ? p1 : 1 - p1));
    }
  };
  visit(0, 1);
  return { posterior: total > 0 ? withQ / total : NaN, pEvidence: total };
}
