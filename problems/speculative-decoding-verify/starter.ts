export function speculativeVerify(draft: number[], targetLogits: number[][]): { tokens: number[]; numAccepted: number; logProb: number } {
  // TODO: accept draft tokens while they equal the target's argmax, then emit the target's own token
  return { tokens: draft.slice(), numAccepted: draft.length, logProb: 0 };
}
