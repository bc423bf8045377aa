// expect: wrong_answer
// mistake: uses >= when scanning the window, so a tied gradient goes to the last maximum instead of the first
// caught-by: ties go to the first maximum
export function pool2d(x: number[][][], k: number, s: number, dy: number[][][]): { max: number[][][]; avg: number[][][]; dxMax: number[][][]; dxAvg: number[][][] } {
  const C = x.length, H = x[0]?.length ?? 0, W = x[0]?.[0]?.length ?? 0;
  if (!C || !H || !W || x.some((ch) => ch.length !== H || ch.some((r) => r.length !== W))) throw new Error('bad x');
  if (!Number.isInteger(k) || !Number.isInteger(s) || k < 1 || s < 1 || k > H || k > W) throw new Error('bad window');
  const Ho = Math.floor((H - k) / s) + 1, Wo = Math.floor((W - k) / s) + 1;
  if (dy.length !== C || dy.some((ch) => ch.length !== Ho || ch.some((r) => r.length !== Wo))) throw new Error('bad dy');
  const max = [], avg = [];
  const dxMax = x.map((ch) => ch.map((r) => r.map(() => 0)));
  const dxAvg = x.map((ch) => ch.map((r) => r.map(() => 0)));
  const area = k * k;
  for (let c = 0; c < C; c++) {
    const mc = [], ac = [];
    for (let i = 0; i < Ho; i++) {
      const mr = [], ar = [];
      for (let j = 0; j < Wo; j++) {
        let bi = i * s, bj = j * s, sum = 0;
        for (let u = 0; u < k; u++)
          for (let v = 0; v < k; v++) {
            const t = x[c][i * s + u][j * s + v];
            sum += t;
            if (t >= x[c][bi][bj]) { bi = i * s + u; bj = j * s + v; }
          }
        mr.push(x[c][bi][bj]);
        ar.push(sum / area);
        const g = dy[c][i][j];
        dxMax[c][bi][bj] += g;
        for (let u = 0; u < k; u++) for (let v = 0; v < k; v++) dxAvg[c][i * s + u][j * s + v] += g / area;
      }
      mc.push(mr);
      ac.push(ar);
    }
    max.push(mc);
    avg.push(ac);
  }
  return { max, avg, dxMax, dxAvg };
}
