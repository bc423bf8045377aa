type Tensor3 = number[][][];
type Kernel = number[][][][];

/** Cross-correlation of a C×H×W input with an O×C×k×k kernel plus bias, stride s, zero padding p. */
function conv(x: Tensor3, w: Kernel, b: number[], s: number, p: number, name: string): Tensor3 {
  const C = x.length, H = x[0]!.length, W = x[0]![0]!.length;
  const O = w.length;
  const k = w[0]?.[0]?.length ?? 0;
  if (O === 0 || k === 0 || w.some((f) => f.length !== C || f.some((ch) => ch.length !== k || ch.some((r) => r.length !== k)))) throw new Error(`${name}: weights must be O×${C}×k×k`);
  if (b.length !== O) throw new Error(`${name}: bias must have ${O} entries`);
  const Ho = Math.floor((H + 2 * p - k) / s) + 1, Wo = Math.floor((W + 2 * p - k) / s) + 1;
  if (Ho < 1 || Wo < 1) throw new Error(`${name}: kernel larger than the padded input`);
  return w.map((f, o) => Array.from({ length: Ho }, (_, i) => Array.from({ length: Wo }, (_, j) => {
    let acc = b[o]!;
    for (let c = 0; c < C; c++) for (let u = 0; u < k; u++) {
      const r = i * s + u - p;
      if (r < 0 || r >= H) continue;
      for (let v = 0; v < k; v++) {
        const q = j * s + v - p;
        if (q >= 0 && q < W) acc += f[c]![u]![v]! * x[c]![r]![q]!;
      }
    }
    return acc;
  })));
}

/** Eval-mode batch norm per channel with [gamma, beta, runningMean, runningVar]. */
function batchNorm(x: Tensor3, bn: number[][], eps: number, name: string): Tensor3 {
  const C = x.length;
  if (bn.length !== 4 || bn.some((v) => v.length !== C)) throw new Error(`${name}: must be [gamma, beta, runningMean, runningVar], each of length ${C}`);
  const [g, be, m, v] = bn as [number[], number[], number[], number[]];
  if (v.some((t) => !(t >= 0))) throw new Error(`${name}: running variances must be ≥ 0`);
  return x.map((ch, c) => {
    const inv = g[c]! / Math.sqrt(v[c]! + eps);
    return ch.map((row) => row.map((t) => (t - m[c]!) * inv + be[c]!));
  });
}

const relu = (x: Tensor3): Tensor3 => x.map((ch) => ch.map((row) => row.map((t) => Math.max(0, t))));

/** Plain float64 ResNet basic block in eval mode: ReLU(BN2(conv2(ReLU(BN1(conv1(x))))) + shortcut(x)). */
export function residualBlock(
  x: Tensor3, conv1W: Kernel, conv1B: number[], bn1: number[][], conv2W: Kernel, conv2B: number[], bn2: number[][],
  shortcutW: Kernel | null, shortcutB: number[] | null, bnS: number[][] | null, stride: number, eps: number,
): Tensor3 {
  if (x.length === 0 || x[0]!.length === 0 || x[0]![0]!.length === 0) throw new Error('x must be a non-empty C×H×W array');
  if (x.some((ch) => ch.length !== x[0]!.length || ch.some((r) => r.length !== x[0]![0]!.length))) throw new Error('x must be a full C×H×W array');
  if (!Number.isInteger(stride) || stride < 1) throw new Error('stride must be an integer ≥ 1');
  if (!(eps >= 0)) throw new Error('eps must be ≥ 0');
  const out = conv(relu(batchNorm(conv(x, conv1W, conv1B, stride, 1, 'conv1'), bn1, eps, 'bn1')), conv2W, conv2B, 1, 1, 'conv2');
  const main = batchNorm(out, bn2, eps, 'bn2');
  const needsProjection = stride !== 1 || conv1W.length !== x.length;
  let skip: Tensor3;
  if (needsProjection) {
    if (shortcutW === null || shortcutB === null || bnS === null) throw new Error('a projection shortcut is needed (stride ≠ 1 or channels change) but none was given');
    if (shortcutW[0]?.[0]?.length !== 1) throw new Error('the projection shortcut must be a 1×1 convolution');
    skip = batchNorm(conv(x, shortcutW, shortcutB, stride, 0, 'shortcut'), bnS, eps, 'bnS');
  } else {
    if (shortcutW !== null || shortcutB !== null || bnS !== null) throw new Error('the identity shortcut takes no weights');
    skip = x;
  }
  if (skip.length !== main.length || skip[0]!.length !== main[0]!.length || skip[0]![0]!.length !== main[0]![0]!.length) throw new Error('the shortcut and the main path have different shapes');
  return main.map((ch, c) => ch.map((row, i) => row.map((t, j) => Math.max(0, t + skip[c]![i]![j]!))));
}
