// expect: wrong_answer
// mistake: swaps Type I and Type II (Type I is the false-positive rate 1 − specificity)
// caught-by: perfect specificity
export function bayesDiagnostic(prior: number, sensitivity: number, specificity: number): { posPost: number; negPost: number; pPositive: number; typeI: number; typeII: number } {
  for (const v of [prior, sensitivity, specificity]) if (!(v >= 0 && v <= 1)) throw new Error('out of range');
  const pPos = sensitivity * prior + (1 - specificity) * (1 - prior);
  const pNeg = (1 - sensitivity) * prior + specificity * (1 - prior);
  return {
    posPost: pPos === 0 ? NaN : (sensitivity * prior) / pPos,
    negPost: pNeg === 0 ? NaN : ((1 - sensitivity) * prior) / pNeg,
    pPositive: pPos,
    typeI: 1 - sensitivity,
    typeII: 1 - specificity,
  };
}
