// expect: wrong_answer
// mistake: does not count the point itself in its neighbourhood, so core points need minPts other points
// caught-by: minPts one makes every point core
export function dbscan(X: number[][], eps: number, minPts: number): number[] {
  if (!(eps >= 0) || !(Number.isInteger(minPts) && minPts >= 1)) throw new Error('bad args');
  const n = X.length;
  const dist = (a: number[], b: number[]) => Math.sqrt(a.reduce((s, v, c) => s + (v - b[c]!) ** 2, 0));
  const nb = X.map((p, i) => X.map((_, j) => j).filter((j) => j !== i && dist(p, X[j]!) <= eps));
  const lab = new Array<number>(n).fill(-2);
  let c = 0;
  for (let p = 0; p < n; p++) {
    if (lab[p] !== -2) continue;
    if (nb[p]!.length < minPts) { lab[p] = -1; continue; }
    lab[p] = c;
    const queue = [...nb[p]!];
    while (queue.length) {
      const q = queue.shift()!;
      if (lab[q] === -1) lab[q] = c;
      if (lab[q] !== -2) continue;
      lab[q] = c;
      if (nb[q]!.length >= minPts) queue.push(...nb[q]!);
    }
    c++;
  }
  return lab;
}
