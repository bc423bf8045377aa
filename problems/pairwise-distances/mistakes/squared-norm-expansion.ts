// expect: wrong_answer
// mistake: computes Euclidean distances as sqrt(‖a‖² + ‖b‖² − 2a·b) (clipped at 0), which cancels catastrophically for vectors far from the origin
// caught-by: magnitudes around 1e8
export function pairwiseDistances(A: number[][], B: number[][], metric: 'euclidean' | 'manhattan' | 'cosine'): number[][] {
  if (metric !== 'euclidean' && metric !== 'manhattan' && metric !== 'cosine') throw new Error('unknown metric');
  const all = A.concat(B);
  if (all.length > 0) {
    const d = all[0]!.length;
    if (d === 0) throw new Error('empty vectors');
    for (const v of all) {
      if (v.length !== d) throw new Error('length mismatch');
      for (const x of v) if (!Number.isFinite(x)) throw new Error('non-finite coordinate');
    }
  }
  const norms = (M: number[][]) => M.map((v) => Math.sqrt(v.reduce((s, x) => s + x * x, 0)));
  const nA = norms(A), nB = norms(B);
  return A.map((a, i) => B.map((b, j) => {
    let s = 0;
    if (metric === 'euclidean') {
      for (let k = 0; k < a.length; k++) s += a[k]! * b[k]!;
      return Math.sqrt(Math.max(0, nA[i]! * nA[i]! + nB[j]! * nB[j]! - 2 * s));
    }
    if (metric === 'manhattan') {
      for (let k = 0; k < a.length; k++) s += Math.abs(a[k]! - b[k]!);
      return s;
    }
    if (nA[i] === 0 || nB[j] === 0) return 1; // a zero vector is treated as orthogonal to everything
    for (let k = 0; k < a.length; k++) s += a[k]! * b[k]!;
    const dist = 1 - s / (nA[i]! * nB[j]!);
    return Math.min(2, Math.max(0, dist));
  }));
}
