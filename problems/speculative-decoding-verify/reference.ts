import { logSoftmaxRow } from '../../grader/reference-kit/float64.ts';

/** Index of the largest value; ties go to the lower index. */
function argmax(row: number[]): number {
  let best = 0;
  for (let i = 1; i < row.length; i++) if (row[i]! > row[best]!) best = i;
  return best;
}

/** Plain float64 greedy verification of a speculative draft against the target model's logits. */
export function speculativeVerify(draft: number[], targetLogits: number[][]): { tokens: number[]; numAccepted: number; logProb: number } {
  const k = draft.length;
  if (targetLogits.length !== k + 1) throw new Error(`targetLogits must have k + 1 = ${k + 1} rows`);
  const V = targetLogits[0]!.length;
  if (V === 0 || targetLogits.some((r) => r.length !== V)) throw new Error('every logit row must have the same, positive length');
  if (targetLogits.some((r) => r.some((v) => !Number.isFinite(v)))) throw new Error('logits must be finite');
  if (draft.some((t) => !Number.isInteger(t) || t < 0 || t >= V)) throw new Error(`draft tokens must be integers in [0, ${V})`);
  const tokens: number[] = [];
  let logProb = 0;
  let numAccepted = 0;
  for (let i = 0; i <= k; i++) {
    const best = argmax(targetLogits[i]!);
    const lp = logSoftmaxRow(targetLogits[i]!);
    if (i < k && draft[i] === best) {
      tokens.push(best);
      logProb += lp[best]!;
      numAccepted++;
      continue;
    }
    tokens.push(best); // the target's own choice: a correction at the first mismatch, or the bonus token
    logProb += lp[best]!;
    break;
  }
  return { tokens, numAccepted, logProb };
}
