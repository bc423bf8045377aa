/** Plain float64 masked-language-model loss: NLL of the targets at the masked positions (sum and mean). */
export function mlmLoss(logits: number[][], targets: number[], masked: number[]): { sum: number; mean: number } {
  const T = logits.length;
  if (targets.length !== T || masked.length !== T) throw new Error('logits, targets and masked must have one entry per position');
  const V = logits[0]?.length ?? 0;
  if (T > 0 && (V === 0 || logits.some((r) => r.length !== V))) throw new Error('logits must be T×V with V ≥ 1');
  if (masked.some((m) => m !== 0 && m !== 1)) throw new Error('masked must hold 0/1 flags');
  if (targets.some((t) => !Number.isInteger(t) || t < 0 || t >= V)) throw new Error(`targets must be token ids in [0, ${V})`);
  if (logits.some((r) => r.some((v) => !Number.isFinite(v)))) throw new Error('logits must be finite');
  let sum = 0;
  let count = 0;
  logits.forEach((row, i) => {
    if (masked[i] !== 1) return;
    const m = Math.max(...row);
    const lse = m + Math.log(row.reduce((s, v) => s + Math.exp(v - m), 0));
    sum += lse - row[targets[i]!]!;
    count++;
  });
  return { sum, mean: count === 0 ? 0 : sum / count };
}
