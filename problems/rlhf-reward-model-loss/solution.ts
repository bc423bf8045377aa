export function rewardModelLoss(rChosen: number[], rRejected: number[]): { loss: number; gradChosen: number[]; gradRejected: number[]; accuracy: number } {
  const n = rChosen.length;
  if (n === 0 || rRejected.length !== n) throw new Error('length mismatch');
  if (rChosen.some((v) => !Number.isFinite(v)) || rRejected.some((v) => !Number.isFinite(v))) throw new Error('non-finite score');
  const softplus = (z: number) => Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
  const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
  let loss = 0;
  let correct = 0;
  const gradChosen: number[] = [];
  const gradRejected: number[] = [];
  for (let i = 0; i < n; i++) {
    const d = rChosen[i] - rRejected[i];
    loss += softplus(-d);
    const s = sigmoid(-d);
    gradChosen.push(-s / n);
    gradRejected.push(s / n);
    if (d > 0) correct++;
  }
  return { loss: loss / n, gradChosen, gradRejected, accuracy: correct / n };
}
