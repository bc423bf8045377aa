// expect: wrong_answer
// mistake: breaks vote ties toward the label that was voted first (Counter.most_common order) instead of the lower class
// caught-by: a vote tie goes to the lower class
function argmax(v: number[]): number {
  let best = 0;
  for (let k = 1; k < v.length; k++) if (v[k]! > v[best]!) best = k;
  return best;
}

export function ensembleVote(probas: number[][][]): { votes: number[][]; hard: number[]; avgProba: number[][]; soft: number[] } {
  const M = probas.length;
  if (M === 0) throw new Error('no estimators');
  const n = probas[0]!.length;
  const K = n > 0 ? probas[0]![0]!.length : 0;
  if (n > 0 && K === 0) throw new Error('empty probability rows');
  for (const est of probas) {
    if (est.length !== n) throw new Error('row count mismatch');
    for (const row of est) {
      if (row.length !== K) throw new Error('class count mismatch');
      for (const p of row) if (!Number.isFinite(p)) throw new Error('non-finite probability');
    }
  }
  const votes: number[][] = [];
  const hard: number[] = [];
  const avgProba: number[][] = [];
  const soft: number[] = [];
  for (let i = 0; i < n; i++) {
    const count = new Array<number>(K).fill(0);
    const sum = new Array<number>(K).fill(0);
    for (let m = 0; m < M; m++) {
      const row = probas[m]![i]!;
      const c = argmax(row);
      count[c] = count[c]! + 1;
      for (let k = 0; k < K; k++) sum[k] = sum[k]! + row[k]!;
    }
    const avg = sum.map((s) => s / M);
    votes.push(count);
    // majority label, ties to the label voted first (like Counter.most_common on the votes in order)
    let first = argmax(probas[0]![i]!);
    for (let m = 0; m < M; m++) {
      const c = argmax(probas[m]![i]!);
      if (count[c]! > count[first]!) first = c;
    }
    hard.push(first);
    avgProba.push(avg);
    soft.push(argmax(avg));
  }
  return { votes, hard, avgProba, soft };
}
