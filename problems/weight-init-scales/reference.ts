type Kind = 'glorot_normal' | 'glorot_uniform' | 'he_normal' | 'he_uniform';

/**
 * Plain float64 Glorot/He initialization from supplied draws: normal kinds scale standard-normal draws by
 * the standard deviation, uniform kinds map [0, 1) draws to [−limit, limit).
 */
export function initWeights(fanIn: number, fanOut: number, kind: Kind, draws: number[]): { scale: number; weights: number[][] } {
  if (!Number.isInteger(fanIn) || fanIn < 1 || !Number.isInteger(fanOut) || fanOut < 1) throw new Error('fanIn and fanOut must be positive integers');
  if (draws.length !== fanIn * fanOut) throw new Error(`draws must hold fanIn·fanOut = ${fanIn * fanOut} values`);
  const variance = kind === 'glorot_normal' || kind === 'glorot_uniform' ? 2 / (fanIn + fanOut) : kind === 'he_normal' || kind === 'he_uniform' ? 2 / fanIn : Number.NaN;
  if (Number.isNaN(variance)) throw new Error(`unknown kind ${String(kind)}`);
  const uniform = kind.endsWith('_uniform');
  if (uniform && draws.some((u) => !(u >= 0 && u <= 1))) throw new Error('uniform draws must lie in [0, 1]');
  const scale = uniform ? Math.sqrt(3 * variance) : Math.sqrt(variance);
  const weights = Array.from({ length: fanIn }, (_, i) =>
    Array.from({ length: fanOut }, (_, j) => {
      const z = draws[i * fanOut + j]!;
      return uniform ? scale * (2 * z - 1) : scale * z;
    }));
  return { scale, weights };
}
