// expect: wrong_answer
// mistake: computes the loss as log(1 + exp(−Δ)), which overflows to Infinity for a badly mis-ranked pair
// caught-by: a badly mis-ranked pair
export function rewardModelLoss(rChosen: number[], rRejected: number[]): { loss: number; gradChosen: number[]; gradRejected: number[]; accuracy: number } {
  const n = rChosen.length;
  if (n === 0 || rRejected.length !== n) throw new Error('length mismatch');
  if (rChosen.some((v) => !Number.isFinite(v)) || rRejected.some((v) => !Number.isFinite(v))) throw new Error('non-finite score');
  const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
  const d = rChosen.map((w, i) => w - rRejected[i]);
  const loss = d.reduce((s, x) => s + Math.log(1 + Math.exp(-x)), 0) / n;
  const gradChosen = d.map((x) => -sigmoid(-x) / n);
  return { loss, gradChosen, gradRejected: gradChosen.map((g) => -g), accuracy: d.filter((x) => x > 0).length / n };
}
