// expect: wrong_answer
// mistake: drops the factor ½ in front of the score difference, so the gain is doubled before γ is subtracted
// caught-by: random 3
function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function xgbBestSplit(
  x: number[], y: number[], F: number[], lambda: number, gamma: number, eta: number,
): { threshold: number; gain: number; leftWeight: number; rightWeight: number; newF: number[] } {
  const n = x.length;
  if (n === 0) throw new Error('empty');
  if (y.length !== n || F.length !== n) throw new Error('length mismatch');
  for (let i = 0; i < n; i++) {
    if (y[i] !== 0 && y[i] !== 1) throw new Error('labels must be 0/1');
    if (!Number.isFinite(x[i]!)) throw new Error('bad x');
    if (!Number.isFinite(F[i]!) || Math.abs(F[i]!) > 700) throw new Error('bad F');
  }
  if (!(lambda >= 0) || !Number.isFinite(lambda)) throw new Error('bad lambda');
  if (!(gamma >= 0) || !Number.isFinite(gamma)) throw new Error('bad gamma');
  if (!(eta > 0) || !Number.isFinite(eta)) throw new Error('bad eta');

  // gradient and hessian of the log-loss in F; 1 − p taken as sigmoid(−F) so saturated scores keep precision
  const g = F.map((f, i) => (y[i] === 1 ? -sigmoid(-f) : sigmoid(f)));
  const h = F.map((f) => sigmoid(f) * sigmoid(-f));
  let G = 0, H = 0;
  for (let i = 0; i < n; i++) { G += g[i]!; H += h[i]!; }
  const score = (gs: number, hs: number) => (gs * gs) / (hs + lambda);

  const order = x.map((_, i) => i).sort((a, b) => x[a]! - x[b]!);
  let best = -Infinity, bt = NaN, bl = 0, br = 0;
  let GL = 0, HL = 0;
  for (let k = 0; k < n - 1; k++) {
    GL += g[order[k]!]!;
    HL += h[order[k]!]!;
    const a = x[order[k]!]!, b = x[order[k + 1]!]!;
    if (a === b) continue;
    const GR = G - GL, HR = H - HL;
    const gain = score(GL, HL) + score(GR, HR) - score(G, H) - gamma;
    if (Number.isNaN(bt) || gain > best + 1e-12 * Math.abs(best)) { best = gain; bt = (a + b) / 2; bl = -GL / (HL + lambda); br = -GR / (HR + lambda); }
  }
  if (!(best > 0)) {
    const w = -G / (H + lambda);
    return { threshold: NaN, gain: 0, leftWeight: w, rightWeight: w, newF: F.map((f) => f + eta * w) };
  }
  return { threshold: bt, gain: best, leftWeight: bl, rightWeight: br, newF: F.map((f, i) => f + eta * (x[i]! <= bt ? bl : br)) };
}
