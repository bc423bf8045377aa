// expect: wrong_answer
// mistake: reads the stacked rows in the order update, reset, new instead of reset, update, new
// caught-by: update gate saturated: state copied through
export function gruSessionScores(items: number[][], E: number[][], Wih: number[][], Whh: number[][], bih: number[], bhh: number[], Wout: number[][], bout: number[], k: number): { hT: number[][]; scores: number[][]; topK: number[][] } {
  const H = Whh[0].length;
  const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));
  const affine = (W: number[][], b: number[], v: number[]) => W.map((row, i) => b[i] + row.reduce((s, w, j) => s + w * v[j], 0));
  const hT: number[][] = [];
  for (const session of items) {
    let h = new Array(H).fill(0);
    for (const id of session) {
      if (!Number.isInteger(id) || id < 0 || id >= E.length) throw new Error('item id out of range');
      const gi = affine(Wih, bih, E[id]);
      const gh = affine(Whh, bhh, h);
      const next = new Array(H);
      for (let u = 0; u < H; u++) {
        const z = sigmoid(gi[u] + gh[u]);
        const r = sigmoid(gi[H + u] + gh[H + u]);
        const n = Math.tanh(gi[2 * H + u] + r * gh[2 * H + u]);
        next[u] = (1 - z) * n + z * h[u];
      }
      h = next;
    }
    hT.push(h);
  }
  const scores = hT.map((h) => affine(Wout, bout, h));
  const topK = scores.map((s) => {
    const idx = s.map((_, i) => i);
    idx.sort((a, b) => (s[a] === s[b] ? a - b : s[b] - s[a]));
    return idx.slice(0, k);
  });
  return { hT, scores, topK };
}
