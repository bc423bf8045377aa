export function stabilityIndex(expected: number[][], actual: number[][], nBins: number): { psi: number[]; alert: number[] } {
  if (!Number.isInteger(nBins) || nBins < 2) throw new Error('bad nBins');
  if (expected.length === 0 || actual.length === 0) throw new Error('empty sample');
  const d = expected[0]!.length;
  for (const row of [...expected, ...actual]) if (d === 0 || row.length !== d || row.some((v) => !Number.isFinite(v))) throw new Error('bad matrix');
  const psi: number[] = [];
  for (let f = 0; f < d; f++) {
    const base = expected.map((r) => r[f]!).sort((a, b) => a - b);
    const cur = actual.map((r) => r[f]!);
    const n = base.length;
    const edges: number[] = [];
    for (let j = 1; j < nBins; j++) {
      const h = ((n - 1) * j) / nBins;
      const i = Math.floor(h);
      const e = i + 1 < n ? base[i]! + (h - i) * (base[i + 1]! - base[i]!) : base[n - 1]!;
      if (edges.length === 0 || edges[edges.length - 1] !== e) edges.push(e);
    }
    // binary search: index of the first edge >= v
    const binOf = (v: number) => {
      let lo = 0, hi = edges.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (edges[mid]! < v) lo = mid + 1; else hi = mid;
      }
      return lo;
    };
    const ce = new Array<number>(edges.length + 1).fill(0), ca = new Array<number>(edges.length + 1).fill(0);
    for (const v of base) ce[binOf(v)]!++;
    for (const v of cur) ca[binOf(v)]!++;
    let s = 0;
    for (let b = 0; b <= edges.length; b++) {
      const e = Math.max(ce[b]! / base.length, 0.0001), a = Math.max(ca[b]! / cur.length, 0.0001);
      s += (a - e) * Math.log(a / e);
    }
    psi.push(s);
  }
  return { psi, alert: psi.map((v) => (v > 0.2 ? 2 : v > 0.1 ? 1 : 0)) };
}
