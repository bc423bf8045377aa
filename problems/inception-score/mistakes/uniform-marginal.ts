// expect: wrong_answer
// mistake: compares every row with the uniform distribution 1/K instead of the samples' own marginal p(y)
// caught-by: unbalanced classes
export function inceptionScore(probs: number[][]): number {
  const N = probs.length;
  if (N === 0) throw new Error('no samples');
  const K = probs[0]!.length;
  for (const row of probs) {
    if (row.length !== K || K === 0) throw new Error('ragged rows');
    let s = 0;
    for (const p of row) {
      if (!Number.isFinite(p) || p < 0) throw new Error('bad probability');
      s += p;
    }
    if (Math.abs(s - 1) > 1e-9) throw new Error('row does not sum to 1');
  }
  const py = Array.from({ length: K }, () => 1 / K);
  let total = 0;
  for (const row of probs) for (let k = 0; k < K; k++) if (row[k]! > 0) total += row[k]! * Math.log(row[k]! / py[k]!);
  return Math.exp(total / N);
}
