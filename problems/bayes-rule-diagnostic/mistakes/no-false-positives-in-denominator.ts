// expect: wrong_answer
// mistake: normalises by P(D) instead of P(+), i.e. forgets the false positives from the healthy population
// caught-by: useless test
export function bayesDiagnostic(prior: number, sensitivity: number, specificity: number): { posPost: number; negPost: number; pPositive: number; typeI: number; typeII: number } {
  for (const v of [prior, sensitivity, specificity]) if (!(v >= 0 && v <= 1)) throw new Error('out of range');
  const pPos = sensitivity * prior;
  const pNeg = (1 - sensitivity) * prior + specificity * (1 - prior);
  return {
    posPost: pPos === 0 ? NaN : (sensitivity * prior) / pPos,
    negPost: pNeg === 0 ? NaN : ((1 - sensitivity) * prior) / pNeg,
    pPositive: pPos,
    typeI: 1 - specificity,
    typeII: 1 - sensitivity,
  };
}
