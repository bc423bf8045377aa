// expect: wrong_answer
// mistake: base-rate neglect — reports P(+|D) (the sensitivity) as P(D|+), and P(-|D) as P(D|-)
// caught-by: useless test
export function bayesDiagnostic(prior: number, sensitivity: number, specificity: number): { posPost: number; negPost: number; pPositive: number; typeI: number; typeII: number } {
  for (const v of [prior, sensitivity, specificity]) if (!(v >= 0 && v <= 1)) throw new Error('out of range');
  return {
    posPost: sensitivity,
    negPost: 1 - sensitivity,
    pPositive: sensitivity * prior + (1 - specificity) * (1 - prior),
    typeI: 1 - specificity,
    typeII: 1 - sensitivity,
  };
}
