// expect: wrong_answer
// mistake: does not clip the probabilities, so p = 0 for a positive gives log 0 = −Infinity
// caught-by: probabilities of exactly 0 and 1 are clipped
export function focalLoss(y: number[], p: number[], alpha: number, gamma: number): number {
  if (y.length === 0 || y.length !== p.length) throw new Error('bad lengths');
  if (!(alpha >= 0 && alpha <= 1) || !(gamma >= 0) || gamma === Infinity) throw new Error('bad alpha or gamma');
  const eps = 1e-7;
  let total = 0;
  for (let i = 0; i < y.length; i++) {
    if (y[i] !== 0 && y[i] !== 1) throw new Error('labels must be 0 or 1');
    if (!(p[i] >= 0 && p[i] <= 1)) throw new Error('probabilities must lie in [0, 1]');
    const pc = p[i];
    const pt = y[i] === 1 ? pc : 1 - pc; // probability given to the true class
    const at = y[i] === 1 ? alpha : 1 - alpha;
    total -= at * Math.pow(1 - pt, gamma) * Math.log(pt);
  }
  return total / y.length;
}
