/** Maps supplied uniforms to randint(low, high) (high excluded), uniform(loc, scale) and choice(values) draws. */
type Kind = 'randint' | 'uniform' | 'choice';

function validate(spec: number[], kind: Kind): void {
  if (!spec.every(Number.isFinite)) throw new Error('spec values must be finite');
  if (kind === 'randint') {
    if (spec.length !== 2 || !Number.isInteger(spec[0]) || !Number.isInteger(spec[1]) || !(spec[1]! > spec[0]!)) throw new Error('randint needs integers low < high');
  } else if (kind === 'uniform') {
    if (spec.length !== 2 || !(spec[1]! >= 0)) throw new Error('uniform needs [loc, scale] with scale ≥ 0');
  } else if (kind === 'choice') {
    if (spec.length === 0) throw new Error('choice needs at least one value');
  } else {
    throw new Error(`unknown kind ${String(kind)}`);
  }
}

export function sampleSearchSpace(specs: number[][], kinds: Kind[], u: number[][]): number[][] {
  if (specs.length !== kinds.length) throw new Error('specs and kinds must have the same length');
  specs.forEach((spec, k) => validate(spec, kinds[k]!));
  if (u.some((row) => row.length !== specs.length || row.some((v) => !(v >= 0 && v < 1)))) throw new Error('every row of u needs one uniform in [0, 1) per parameter');
  return u.map((row) =>
    row.map((v, k) => {
      const spec = specs[k]!;
      if (kinds[k] === 'randint') return spec[0]! + Math.floor(v * (spec[1]! - spec[0]!));
      if (kinds[k] === 'uniform') return spec[0]! + v * spec[1]!;
      return spec[Math.floor(v * spec.length)]!;
    }),
  );
}
