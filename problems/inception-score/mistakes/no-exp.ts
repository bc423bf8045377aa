// expect: wrong_answer
// mistake: returns the mean KL divergence itself instead of its exponential
// caught-by: four samples, three classes
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
  const py = Array.from({ length: K }, (_, k) => probs.reduce((s, row) => s + row[k]!, 0) / N);
  let total = 0;
  for (const row of probs) for (let k = 0; k < K; k++) if (row[k]! > 0) total += row[k]! * Math.log(row[k]! / py[k]!);
  return total / N;
}
