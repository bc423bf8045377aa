/** Cyclic Jacobi for a symmetric matrix: eigenvalues and eigenvectors (as columns of V). */
function jacobi(S: number[][]): { values: number[]; V: number[][] } {
  const n = S.length;
  const a = S.map((r) => r.slice());
  const V = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0, total = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) { total += a[i]![j]! ** 2; if (i !== j) off += a[i]![j]! ** 2; }
    if (off <= 1e-30 * total) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        if (a[p]![q] === 0) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * a[p]![q]!);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k]![p]!, akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p]![k]!, aqk = a[q]![k]!;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = V[k]![p]!, vkq = V[k]![q]!;
          V[k]![p] = c * vkp - s * vkq;
          V[k]![q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: a.map((r, i) => r[i]!), V };
}

export function spectralClustering(X: number[][], sigma: number, k: number, initIdx: number[]): { eigenvalues: number[]; labels: number[] } {
  const n = X.length;
  if (n === 0) throw new Error('empty X');
  const d = X[0]!.length;
  if (d === 0) throw new Error('no features');
  for (const x of X) { if (x.length !== d) throw new Error('ragged'); for (const v of x) if (!Number.isFinite(v)) throw new Error('non-finite'); }
  if (!(sigma > 0) || !Number.isFinite(sigma)) throw new Error('bad sigma');
  if (!Number.isInteger(k) || k < 1 || k > n) throw new Error('bad k');
  if (initIdx.length !== k) throw new Error('initIdx length');
  for (const i of initIdx) if (!Number.isInteger(i) || i < 0 || i >= n) throw new Error('bad init index');

  // similarity graph and unnormalised Laplacian L = D − W
  const L = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j) continue;
      let s = 0;
      for (let t = 0; t < d; t++) s += (X[i]![t]! - X[j]![t]!) ** 2;
      const w = Math.exp(-s / (2 * sigma * sigma));
      L[i]![j] = -w;
      L[i]![i] = L[i]![i]! + w;
    }
    if (L[i]![i] === 0) throw new Error('isolated point: sigma too small');
  }
  const { values, V } = jacobi(L);
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!).slice(0, k); // k smallest
  const P = X.map((_, i) => order.map((c) => V[i]![c]!));

  // Lloyd's k-means on the embedding, initialised from the rows initIdx
  let C = initIdx.map((i) => P[i]!.slice());
  let labels: number[] = [];
  for (let it = 0; it < 300; it++) {
    const next = P.map((p) => {
      let best = 0, bd = Infinity;
      C.forEach((c, j) => {
        let s = 0;
        for (let t = 0; t < k; t++) s += (p[t]! - c[t]!) ** 2;
        if (s < bd) { bd = s; best = j; }
      });
      return best;
    });
    if (it > 0 && next.every((v, i) => v === labels[i])) break;
    labels = next;
    C = C.map((c, j) => {
      const m = P.filter((_, i) => labels[i] === j);
      return m.length === 0 ? c : c.map((_, t) => m.reduce((s, r) => s + r[t]!, 0) / m.length);
    });
  }
  return { eigenvalues: order.map((i) => values[i]!), labels };
}
