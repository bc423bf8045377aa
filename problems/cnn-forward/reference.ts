/** Plain float64: valid conv (stride 1) → ReLU → 2×2/2 max-pool (floor) → CHW flatten → FC → ReLU → FC. */
function dense(v: number[], W: number[][], b: number[]): number[] {
  return b.map((bj, j) => v.reduce((acc, vi, i) => acc + vi * W[i]![j]!, bj));
}

function allFinite(a: unknown): boolean {
  return Array.isArray(a) ? a.every(allFinite) : Number.isFinite(a);
}

export function cnnForward(
  x: number[][][],
  convW: number[][][][],
  convB: number[],
  fc1W: number[][],
  fc1B: number[],
  fc2W: number[][],
  fc2B: number[],
): number[] {
  const C = x.length;
  const O = convW.length;
  if (C === 0 || O === 0) throw new Error('x and convW must be non-empty');
  const H = x[0]!.length;
  const W = x[0]![0]?.length ?? 0;
  if (x.some((ch) => ch.length !== H || ch.some((r) => r.length !== W))) throw new Error('x must be C×H×W');
  const k = convW[0]![0]?.length ?? 0;
  if (k === 0 || convW.some((f) => f.length !== C || f.some((ch) => ch.length !== k || ch.some((r) => r.length !== k)))) {
    throw new Error(`convW must be O×${C}×k×k`);
  }
  if (convB.length !== O) throw new Error('convB must have one bias per filter');
  if (!allFinite([x, convW, convB, fc1W, fc1B, fc2W, fc2B])) throw new Error('every input must be finite');
  const Hc = H - k + 1;
  const Wc = W - k + 1;
  const Hp = Math.floor(Hc / 2);
  const Wp = Math.floor(Wc / 2);
  if (Hp < 1 || Wp < 1) throw new Error('the feature map is too small to pool');
  const flat = O * Hp * Wp;
  if (fc1W.length !== flat) throw new Error(`fc1W has ${fc1W.length} rows but the flattened features number ${O}·${Hp}·${Wp} = ${flat}`);
  const hidden = fc1B.length;
  if (fc1W.some((r) => r.length !== hidden)) throw new Error('fc1W and fc1B disagree');
  if (fc2W.length !== hidden || fc2W.some((r) => r.length !== fc2B.length)) throw new Error('fc2W must be hidden×K matching fc2B');

  const conv = (o: number, i: number, j: number): number => {
    let s = convB[o]!;
    for (let c = 0; c < C; c++) for (let u = 0; u < k; u++) for (let v = 0; v < k; v++) s += convW[o]![c]![u]![v]! * x[c]![i + u]![j + v]!;
    return Math.max(s, 0);
  };
  const features: number[] = [];
  for (let o = 0; o < O; o++) {
    for (let i = 0; i < Hp; i++) {
      for (let j = 0; j < Wp; j++) {
        features.push(Math.max(conv(o, 2 * i, 2 * j), conv(o, 2 * i, 2 * j + 1), conv(o, 2 * i + 1, 2 * j), conv(o, 2 * i + 1, 2 * j + 1)));
      }
    }
  }
  const hiddenAct = dense(features, fc1W, fc1B).map((v) => Math.max(v, 0));
  return dense(hiddenAct, fc2W, fc2B);
}
