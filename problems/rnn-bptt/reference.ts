/**
 * Plain float64 backpropagation through time for the Elman RNN of rnn-forward, with the loss
 * ½ Σ_t ‖y_t − target_t‖². The recurrence is written out (no kinks: tanh is smooth); tf.grads over the
 * unrolled loop is the unit-test cross-check.
 */
export interface RnnGradients {
  loss: number;
  dWxh: number[][];
  dWhh: number[][];
  dbh: number[];
  dWhy: number[][];
  dby: number[];
  dh0: number[];
}

function matVec(M: number[][], v: number[]): number[] {
  return M.map((row) => row.reduce((s, m, j) => s + m * v[j]!, 0));
}

function matTVec(M: number[][], v: number[], cols: number): number[] {
  const out = new Array<number>(cols).fill(0);
  M.forEach((row, i) => row.forEach((m, j) => { out[j] = out[j]! + m * v[i]!; }));
  return out;
}

function addOuter(acc: number[][], a: number[], b: number[]): void {
  acc.forEach((row, i) => row.forEach((_, j) => { row[j] = row[j]! + a[i]! * b[j]!; }));
}

export function rnnBptt(
  xs: number[][],
  targets: number[][],
  h0: number[],
  Wxh: number[][],
  Whh: number[][],
  bh: number[],
  Why: number[][],
  by: number[],
): RnnGradients {
  const H = h0.length;
  const O = Why.length;
  const D = Wxh[0]?.length ?? 0;
  if (H === 0 || O === 0) throw new Error('h0 and Why must be non-empty');
  if (Whh.length !== H || Whh.some((r) => r.length !== H)) throw new Error(`Whh must be ${H}×${H}`);
  if (Wxh.length !== H || Wxh.some((r) => r.length !== D)) throw new Error(`Wxh must have ${H} rows of equal length`);
  if (bh.length !== H) throw new Error(`bh must have length ${H}`);
  if (Why.some((r) => r.length !== H)) throw new Error(`every row of Why must have length ${H}`);
  if (by.length !== O) throw new Error(`by must have length ${O}`);
  if (targets.length !== xs.length) throw new Error('targets must have one row per time step');
  if (xs.some((x) => x.length !== D)) throw new Error(`every input row must have length ${D}`);
  if (targets.some((y) => y.length !== O)) throw new Error(`every target row must have length ${O}`);

  const T = xs.length;
  const hs: number[][] = [h0];
  const errs: number[][] = [];
  let loss = 0;
  for (let t = 0; t < T; t++) {
    const pre = matVec(Wxh, xs[t]!);
    const rec = matVec(Whh, hs[t]!);
    const h = pre.map((p, i) => Math.tanh(p + rec[i]! + bh[i]!));
    hs.push(h);
    const y = matVec(Why, h).map((v, k) => v + by[k]!);
    const e = y.map((v, k) => v - targets[t]![k]!);
    errs.push(e);
    loss += 0.5 * e.reduce((s, v) => s + v * v, 0);
  }

  const dWxh = Wxh.map((r) => r.map(() => 0));
  const dWhh = Whh.map((r) => r.map(() => 0));
  const dWhy = Why.map((r) => r.map(() => 0));
  const dbh = new Array<number>(H).fill(0);
  const dby = new Array<number>(O).fill(0);
  let carry = new Array<number>(H).fill(0); // W_hhᵀ δz_{t+1}
  for (let t = T - 1; t >= 0; t--) {
    const e = errs[t]!;
    const h = hs[t + 1]!;
    addOuter(dWhy, e, h);
    e.forEach((v, k) => { dby[k] = dby[k]! + v; });
    const dh = matTVec(Why, e, H).map((v, i) => v + carry[i]!);
    const dz = dh.map((v, i) => v * (1 - h[i]! * h[i]!));
    addOuter(dWxh, dz, xs[t]!);
    addOuter(dWhh, dz, hs[t]!);
    dz.forEach((v, i) => { dbh[i] = dbh[i]! + v; });
    carry = matTVec(Whh, dz, H);
  }
  return { loss, dWxh, dWhh, dbh, dWhy, dby, dh0: carry };
}
