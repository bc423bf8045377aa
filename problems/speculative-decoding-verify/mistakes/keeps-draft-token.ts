// expect: wrong_answer
// mistake: emits the draft's token at the first mismatch instead of the target's argmax
// caught-by: long draft, rejected in the middle
export function speculativeVerify(draft: number[], targetLogits: number[][]): { tokens: number[]; numAccepted: number; logProb: number } {
  const k = draft.length;
  if (targetLogits.length !== k + 1) throw new Error('need k + 1 logit rows');
  const V = targetLogits[0].length;
  if (V === 0 || targetLogits.some((r) => r.length !== V)) throw new Error('ragged logits');
  if (draft.some((t) => !Number.isInteger(t) || t < 0 || t >= V)) throw new Error('draft token out of range');

  const tokens: number[] = [];
  let logProb = 0;
  let numAccepted = 0;
  for (let i = 0; i <= k; i++) {
    const row = targetLogits[i];
    let best = 0;
    for (let j = 1; j < V; j++) if (row[j] > row[best]) best = j; // ties keep the lower id
    let sum = 0;
    for (const v of row) sum += Math.exp(v - row[best]);
    logProb += (i < k ? row[draft[i]] : row[best]) - row[best] - Math.log(sum);
    const emit = i < k ? draft[i] : best;
    tokens.push(emit);
    if (i === k || draft[i] !== best) break; // bonus token, or the target's correction
    numAccepted++;
  }
  return { tokens, numAccepted, logProb };
}
