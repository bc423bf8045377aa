// expect: wrong_answer
// mistake: uses >= when scanning, so a tied window sends its gradient to the LAST maximum
// caught-by: all equal: first element of each window
export function maxPool2d(x: number[][], k: number, s: number, dY: number[][]): { y: number[][]; dX: number[][] } {
  const H = x.length, W = x[0].length;
  if (k > H || k > W) throw new Error('window too large');
  const Ho = Math.floor((H - k) / s) + 1, Wo = Math.floor((W - k) / s) + 1;
  if (dY.length !== Ho || dY.some((r) => r.length !== Wo)) throw new Error('bad dY shape');
  const y: number[][] = [];
  const dX = x.map((r) => r.map(() => 0));
  for (let i = 0; i < Ho; i++) {
    y.push([]);
    for (let j = 0; j < Wo; j++) {
      let br = i * s, bc = j * s;
      for (let u = 0; u < k; u++)
        for (let v = 0; v < k; v++)
          if (x[i * s + u][j * s + v] >= x[br][bc]) { br = i * s + u; bc = j * s + v; }
      y[i].push(x[br][bc]);
      dX[br][bc] += dY[i][j];
    }
  }
  return { y, dX };
}
