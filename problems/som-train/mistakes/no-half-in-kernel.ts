// expect: wrong_answer
// mistake: uses exp(−dist² / σ²) for the neighbourhood, dropping the 2 of the Gaussian
// caught-by: a one-dimensional grid
export function somTrain(
  W0: number[][], rows: number, cols: number, inputs: number[][], eta0: number, sigma0: number, tau: number,
): { weights: number[][]; bmus: number[] } {
  if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(cols) || cols < 1) throw new Error('bad grid');
  const m = rows * cols;
  if (W0.length !== m) throw new Error('W0 size');
  const d = W0[0]!.length;
  if (d === 0) throw new Error('no features');
  for (const v of [...W0, ...inputs]) {
    if (v.length !== d) throw new Error('width mismatch');
    for (const x of v) if (!Number.isFinite(x)) throw new Error('non-finite value');
  }
  for (const p of [eta0, sigma0, tau]) if (!(p > 0) || !Number.isFinite(p)) throw new Error('bad parameter');

  const W = W0.map((w) => w.slice());
  const bmus: number[] = [];
  for (let t = 0; t < inputs.length; t++) {
    const x = inputs[t]!;
    let b = 0, bestD = Infinity;
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let k = 0; k < d; k++) { const diff = x[k]! - W[j]![k]!; s += diff * diff; }
      if (s < bestD) { bestD = s; b = j; }
    }
    bmus.push(b);
    const eta = eta0 * Math.exp(-t / tau);
    const sigma = sigma0 * Math.exp(-t / tau);
    const br = Math.floor(b / cols), bc = b % cols;
    for (let j = 0; j < m; j++) {
      // neighbourhood on the grid: squared distance between (row, col) positions
      const dr = Math.floor(j / cols) - br, dc = (j % cols) - bc;
      const h = Math.exp(-(dr * dr + dc * dc) / (sigma * sigma));
      for (let k = 0; k < d; k++) W[j]![k] = W[j]![k]! + eta * h * (x[k]! - W[j]![k]!);
    }
  }
  return { weights: W, bmus };
}
