export function oobScore(probas: number[][][], inBagCounts: number[][], y: number[]): { oobProba: number[][]; score: number } {
  const M = probas.length;
  if (M === 0) throw new Error('no trees');
  if (inBagCounts.length !== M) throw new Error('count mismatch');
  const n = y.length;
  if (n === 0) throw new Error('no samples');
  const K = probas[0]![0]?.length ?? 0;
  if (K === 0) throw new Error('no classes');
  for (let m = 0; m < M; m++) {
    if (probas[m]!.length !== n || inBagCounts[m]!.length !== n) throw new Error('shape mismatch');
    for (const row of probas[m]!) if (row.length !== K) throw new Error('ragged probabilities');
    for (const c of inBagCounts[m]!) if (!Number.isInteger(c) || c < 0) throw new Error('bad count');
  }
  for (const v of y) if (!Number.isInteger(v) || v < 0 || v >= K) throw new Error('bad label');

  const oobProba: number[][] = [];
  let correct = 0, counted = 0;
  for (let i = 0; i < n; i++) {
    const acc = new Array<number>(K).fill(0);
    let trees = 0;
    for (let m = 0; m < M; m++) {
      if (inBagCounts[m]![i]! > 0) continue; // tree m saw row i: it cannot judge it
      trees++;
      for (let k = 0; k < K; k++) acc[k] = acc[k]! + probas[m]![i]![k]!;
    }
    if (trees === 0) {
      oobProba.push(new Array<number>(K).fill(NaN));
      continue;
    }
    const p = acc.map((v) => v / trees);
    oobProba.push(p);
    let best = 0;
    for (let k = 1; k < K; k++) if (p[k]! > p[best]!) best = k;
    counted++;
    if (best === y[i]) correct++;
  }
  return { oobProba, score: counted === 0 ? NaN : correct / counted };
}
