// expect: wrong_answer
// mistake: applies the sigmoid first and takes log σ(z) and log(1 − σ(z)), which is −Infinity once σ rounds to 0 or 1
// caught-by: logits of ±800
export function crossEntropyFromLogits(
  logitsBinary: number[],
  yBinary: number[],
  logits: number[][],
  labels: number[],
): { bce: number; ce: number; dBinary: number[]; dLogits: number[][] } {
  const n = logitsBinary.length, m = logits.length;
  if (n === 0 || yBinary.length !== n || m === 0 || labels.length !== m) throw new Error('bad lengths');
  const K = logits[0].length;
  if (K === 0 || logits.some((r) => r.length !== K)) throw new Error('ragged logits');

  // binary: −[y log σ(z) + (1 − y) log(1 − σ(z))] = max(z, 0) − z·y + log(1 + e^{−|z|})
  let bce = 0;
  const dBinary = logitsBinary.map((z, i) => {
    const y = yBinary[i];
    if (!(y >= 0 && y <= 1)) throw new Error('binary labels must lie in [0, 1]');
    const s = 1 / (1 + Math.exp(-z));
    bce -= y * Math.log(s) + (1 - y) * Math.log(1 - s);
    const p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    return (p - y) / n;
  });

  // categorical: log-sum-exp minus the true class's logit
  let ce = 0;
  const dLogits = logits.map((row, i) => {
    const c = labels[i];
    if (!Number.isInteger(c) || c < 0 || c >= K) throw new Error('label out of range');
    const mx = Math.max(...row);
    const lse = mx + Math.log(row.reduce((s, v) => s + Math.exp(v - mx), 0));
    ce += lse - row[c];
    return row.map((v, k) => (Math.exp(v - lse) - (k === c ? 1 : 0)) / m);
  });
  return { bce: bce / n, ce: ce / m, dBinary, dLogits };
}
