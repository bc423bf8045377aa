// expect: wrong_answer
// mistake: sorts descending and takes the first k, so ties go to the lower index
// caught-by: identical columns tie
export function selectKBestF(X: number[][], y: number[], k: number): { scores: number[]; selected: number[] } {
  const n = X.length;
  if (n === 0 || y.length !== n) throw new Error('bad shapes');
  const p = X[0]!.length;
  if (p === 0 || X.some((r) => r.length !== p || r.some((v) => !Number.isFinite(v)))) throw new Error('bad X');
  if (!Number.isInteger(k) || k < 0 || k > p) throw new Error('bad k');
  const classes = Array.from(new Set(y));
  const K = classes.length;
  if (K < 2 || n <= K) throw new Error('need at least two classes and more rows than classes');
  const scores: number[] = [];
  for (let j = 0; j < p; j++) {
    const col = X.map((r) => r[j]!);
    const grand = col.reduce((s, v) => s + v, 0) / n;
    let ssb = 0, ssw = 0;
    for (const c of classes) {
      const vals = col.filter((_, i) => y[i] === c);
      const m = vals.reduce((s, v) => s + v, 0) / vals.length;
      ssb += vals.length * (m - grand) * (m - grand);
      for (const v of vals) ssw += (v - m) * (v - m);
    }
    scores.push((ssb / (K - 1)) / (ssw / (n - K)));
  }
  const rank = (j: number) => (Number.isNaN(scores[j]!) ? -1 : scores[j]!);
  const idx = scores.map((_, j) => j);
  // stable ascending; ties keep index order, so the higher index ends up later
  idx.sort((a, b) => (rank(a) > rank(b) ? -1 : rank(a) < rank(b) ? 1 : 0));
  return { scores, selected: idx.slice(0, k).sort((a, b) => a - b) };
}
