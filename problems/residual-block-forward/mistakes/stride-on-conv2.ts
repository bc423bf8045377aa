// expect: runtime_error
// mistake: gives the second convolution the block's stride too, so a stride-2 block downsamples twice (and no longer matches the shortcut); the shapes of the two paths then disagree and the addition fails
// caught-by: projection shortcut: stride 2 on an even size
type T3 = number[][][];
type K = number[][][][];

function conv(x: T3, w: K, b: number[], s: number, p: number): T3 {
  const C = x.length, H = x[0].length, W = x[0][0].length, k = w[0][0].length;
  if (w.some((f) => f.length !== C || f.some((ch) => ch.length !== k || ch.some((r) => r.length !== k))) || b.length !== w.length) throw new Error('conv shape');
  const Ho = Math.floor((H + 2 * p - k) / s) + 1, Wo = Math.floor((W + 2 * p - k) / s) + 1;
  if (Ho < 1 || Wo < 1) throw new Error('kernel too large');
  return w.map((f, o) => {
    const out: number[][] = [];
    for (let i = 0; i < Ho; i++) {
      const row: number[] = [];
      for (let j = 0; j < Wo; j++) {
        let acc = b[o];
        for (let c = 0; c < C; c++)
          for (let u = 0; u < k; u++)
            for (let v = 0; v < k; v++) {
              const r = i * s + u - p, q = j * s + v - p;
              if (r >= 0 && r < H && q >= 0 && q < W) acc += f[c][u][v] * x[c][r][q];
            }
        row.push(acc);
      }
      out.push(row);
    }
    return out;
  });
}

// eval mode: normalize with the running statistics, not the batch's
function bnEval(x: T3, p: number[][], eps: number): T3 {
  if (p.length !== 4 || p.some((v) => v.length !== x.length)) throw new Error('bn shape');
  const [g, beta, mean, variance] = p;
  return x.map((ch, c) => ch.map((row) => row.map((t) => (g[c] * (t - mean[c])) / Math.sqrt(variance[c] + eps) + beta[c])));
}

export function residualBlock(
  x: T3, conv1W: K, conv1B: number[], bn1: number[][], conv2W: K, conv2B: number[], bn2: number[][],
  shortcutW: K | null, shortcutB: number[] | null, bnS: number[][] | null, stride: number, eps: number,
): T3 {
  if (x.length === 0 || !(stride >= 1)) throw new Error('bad input');
  let out = bnEval(conv(x, conv1W, conv1B, stride, 1), bn1, eps).map((ch) => ch.map((row) => row.map((t) => Math.max(0, t))));
  out = bnEval(conv(out, conv2W, conv2B, stride, 1), bn2, eps);
  let skip = x;
  if (stride !== 1 || conv1W.length !== x.length) {
    if (!shortcutW || !shortcutB || !bnS) throw new Error('projection shortcut required');
    skip = bnEval(conv(x, shortcutW, shortcutB, stride, 0), bnS, eps);
  }
  if (skip.length !== out.length || skip[0].length !== out[0].length || skip[0][0].length !== out[0][0].length) throw new Error('shape mismatch');
  // add the shortcut first, then the final ReLU
  return out.map((ch, c) => ch.map((row, i) => row.map((t, j) => Math.max(0, t + skip[c][i][j]))));
}
