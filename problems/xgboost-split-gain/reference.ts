// Reference: plain float64 with a sigmoid that keeps p and 1 − p accurate for saturated scores.
type Result = { threshold: number; gain: number; leftWeight: number; rightWeight: number; newF: number[] };

export const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Every candidate threshold with its regularised gain, ascending (for the generator's margin checks). */
export function candidates(x: number[], y: number[], F: number[], lambda: number, gamma: number): Array<{ t: number; gain: number; wl: number; wr: number }> {
  const g = F.map((f, i) => (y[i] === 1 ? -sigmoid(-f) : sigmoid(f)));
  const h = F.map((f) => sigmoid(f) * sigmoid(-f));
  const score = (G: number, H: number): number => (G * G) / (H + lambda);
  const G = g.reduce((a, b) => a + b, 0), H = h.reduce((a, b) => a + b, 0);
  const vals = [...new Set(x)].sort((a, b) => a - b);
  const out: Array<{ t: number; gain: number; wl: number; wr: number }> = [];
  for (let k = 0; k + 1 < vals.length; k++) {
    const t = (vals[k]! + vals[k + 1]!) / 2;
    let GL = 0, HL = 0;
    x.forEach((v, i) => { if (v <= t) { GL += g[i]!; HL += h[i]!; } });
    const GR = G - GL, HR = H - HL;
    out.push({ t, gain: 0.5 * (score(GL, HL) + score(GR, HR) - score(G, H)) - gamma, wl: -GL / (HL + lambda), wr: -GR / (HR + lambda) });
  }
  return out;
}

export function xgbBestSplit(x: number[], y: number[], F: number[], lambda: number, gamma: number, eta: number): Result {
  const n = x.length;
  if (n === 0) throw new Error('no rows');
  if (y.length !== n || F.length !== n) throw new Error('x, y and F must have the same length');
  if (y.some((v) => v !== 0 && v !== 1)) throw new Error('labels must be 0 or 1');
  if (x.some((v) => !Number.isFinite(v))) throw new Error('feature values must be finite');
  if (F.some((v) => !Number.isFinite(v) || Math.abs(v) > 700)) throw new Error('scores must be finite with |F| <= 700');
  if (!(lambda >= 0) || !Number.isFinite(lambda)) throw new Error('lambda must be >= 0');
  if (!(gamma >= 0) || !Number.isFinite(gamma)) throw new Error('gamma must be >= 0');
  if (!(eta > 0) || !Number.isFinite(eta)) throw new Error('eta must be > 0');
  const cands = candidates(x, y, F, lambda, gamma);
  const best = cands.length ? Math.max(...cands.map((c) => c.gain)) : -Infinity;
  if (!(best > 0)) {
    const G = F.reduce((a, f, i) => a + (y[i] === 1 ? -sigmoid(-f) : sigmoid(f)), 0);
    const H = F.reduce((a, f) => a + sigmoid(f) * sigmoid(-f), 0);
    const w = -G / (H + lambda);
    return { threshold: Number.NaN, gain: 0, leftWeight: w, rightWeight: w, newF: F.map((f) => f + eta * w) };
  }
  const c = cands.find((q) => q.gain >= best - 1e-12 * best)!; // relative ties: gains can be tiny for saturated scores
  return { threshold: c.t, gain: c.gain, leftWeight: c.wl, rightWeight: c.wr, newF: F.map((f, i) => f + eta * (x[i]! <= c.t ? c.wl : c.wr)) };
}
