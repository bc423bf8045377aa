// expect: wrong_answer
// mistake: returns the gradient of the summed loss (no 1/N) while the loss itself is the mean
// caught-by: random 1
export function rewardModelLoss(rChosen: number[], rRejected: number[]): { loss: number; gradChosen: number[]; gradRejected: number[]; accuracy: number } {
  const n = rChosen.length;
  if (n === 0 || rRejected.length !== n) throw new Error('length mismatch');
  if (rChosen.some((v) => !Number.isFinite(v)) || rRejected.some((v) => !Number.isFinite(v))) throw new Error('non-finite score');
  const softplus = (z: number) => Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
  const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
  const d = rChosen.map((w, i) => w - rRejected[i]);
  const gradChosen = d.map((x) => -sigmoid(-x));
  return { loss: d.reduce((s, x) => s + softplus(-x), 0) / n, gradChosen, gradRejected: gradChosen.map((g) => -g), accuracy: d.filter((x) => x > 0).length / n };
}
