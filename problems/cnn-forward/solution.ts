export function cnnForward(
  x: number[][][],
  convW: number[][][][],
  convB: number[],
  fc1W: number[][],
  fc1B: number[],
  fc2W: number[][],
  fc2B: number[],
): number[] {
  const C = x.length, O = convW.length;
  if (C === 0 || O === 0) throw new Error('empty input');
  const H = x[0].length, W = x[0][0].length, k = convW[0][0].length;
  if (convW.some((f) => f.length !== C) || convB.length !== O) throw new Error('conv shapes');
  const all = [x, convW, convB, fc1W, fc1B, fc2W, fc2B].flat(4) as number[];
  if (!all.every(Number.isFinite)) throw new Error('non-finite input');

  // conv (valid, stride 1) + ReLU: O × Hc × Wc
  const Hc = H - k + 1, Wc = W - k + 1;
  const fmap: number[][][] = [];
  for (let o = 0; o < O; o++) {
    fmap.push([]);
    for (let i = 0; i < Hc; i++) {
      fmap[o].push([]);
      for (let j = 0; j < Wc; j++) {
        let s = convB[o];
        for (let c = 0; c < C; c++)
          for (let u = 0; u < k; u++)
            for (let v = 0; v < k; v++) s += convW[o][c][u][v] * x[c][i + u][j + v];
        fmap[o][i].push(Math.max(0, s));
      }
    }
  }
  // 2×2 max-pool, stride 2, floor: a trailing odd row/column is dropped
  const Hp = Math.floor(Hc / 2), Wp = Math.floor(Wc / 2);
  if (Hp < 1 || Wp < 1) throw new Error('feature map too small to pool');
  const flat: number[] = []; // PyTorch view order: channel, then row, then column
  for (let o = 0; o < O; o++)
    for (let i = 0; i < Hp; i++)
      for (let j = 0; j < Wp; j++)
        flat.push(Math.max(fmap[o][2 * i][2 * j], fmap[o][2 * i][2 * j + 1], fmap[o][2 * i + 1][2 * j], fmap[o][2 * i + 1][2 * j + 1]));
  if (fc1W.length !== flat.length) throw new Error(`fc1 expects ${fc1W.length} inputs, got ${flat.length}`);
  if (fc1W.some((r) => r.length !== fc1B.length) || fc2W.length !== fc1B.length || fc2W.some((r) => r.length !== fc2B.length)) throw new Error('fc shapes');

  const h = fc1B.map((b, j) => Math.max(0, flat.reduce((s, f, i) => s + f * fc1W[i][j], b)));
  return fc2B.map((b, j) => h.reduce((s, hi, i) => s + hi * fc2W[i][j], b));
}
