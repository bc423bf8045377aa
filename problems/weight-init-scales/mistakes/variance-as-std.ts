// expect: wrong_answer
// mistake: reads N(0, 2/n_in) as a standard deviation and scales the draws by 2/n_in instead of √(2/n_in)
// caught-by: He ignores the fan-out
export function initWeights(fanIn: number, fanOut: number, kind: 'glorot_normal' | 'glorot_uniform' | 'he_normal' | 'he_uniform', draws: number[]): { scale: number; weights: number[][] } {
  if (!Number.isInteger(fanIn) || !Number.isInteger(fanOut) || fanIn < 1 || fanOut < 1) throw new Error('bad fan sizes');
  if (draws.length !== fanIn * fanOut) throw new Error('wrong number of draws');
  // target variances: Glorot 2/(in + out) keeps forward and backward variance balanced; He 2/in compensates ReLU
  let variance: number;
  if (kind === 'glorot_normal' || kind === 'glorot_uniform') variance = 2 / (fanIn + fanOut);
  else if (kind === 'he_normal' || kind === 'he_uniform') variance = 2 / fanIn;
  else throw new Error('unknown kind');
  const uniform = kind === 'glorot_uniform' || kind === 'he_uniform';
  // U(−a, a) has variance a²/3, so the limit is √(3·variance); a normal just uses the standard deviation
  const scale = uniform ? Math.sqrt(3 * variance) : variance;
  const weights: number[][] = [];
  for (let i = 0; i < fanIn; i++) {
    const row: number[] = [];
    for (let j = 0; j < fanOut; j++) {
      const z = draws[i * fanOut + j];
      if (uniform && !(z >= 0 && z <= 1)) throw new Error('uniform draws must lie in [0, 1]');
      row.push(uniform ? scale * (2 * z - 1) : scale * z);
    }
    weights.push(row);
  }
  return { scale, weights };
}
