// Reference: plain float64 TypeScript.
export function bayesDiagnostic(prior: number, sensitivity: number, specificity: number): { posPost: number; negPost: number; pPositive: number; typeI: number; typeII: number } {
  for (const v of [prior, sensitivity, specificity]) if (!(v >= 0 && v <= 1)) throw new Error('probabilities must lie in [0, 1]');
  const fpr = 1 - specificity;
  const fnr = 1 - sensitivity;
  const pPos = sensitivity * prior + fpr * (1 - prior);
  const pNeg = fnr * prior + specificity * (1 - prior);
  return {
    posPost: pPos === 0 ? NaN : (sensitivity * prior) / pPos,
    negPost: pNeg === 0 ? NaN : (fnr * prior) / pNeg,
    pPositive: pPos,
    typeI: fpr,
    typeII: fnr,
  };
}
