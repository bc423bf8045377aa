// expect: wrong_answer
// mistake: treats randint(low, high) as inclusive of high (numpy/random.randint confusion), so u near 1 yields high
// caught-by: uniforms just below 1
export function sampleSearchSpace(specs: number[][], kinds: ('randint' | 'uniform' | 'choice')[], u: number[][]): number[][] {
  if (specs.length !== kinds.length) throw new Error('length mismatch');
  for (const [k, s] of specs.entries()) {
    if (kinds[k] === 'randint' && (s.length !== 2 || !Number.isInteger(s[0]) || !Number.isInteger(s[1]) || s[1] <= s[0])) throw new Error('bad randint');
    if (kinds[k] === 'uniform' && (s.length !== 2 || s[1] < 0)) throw new Error('bad uniform');
    if (kinds[k] === 'choice' && s.length === 0) throw new Error('empty choice');
    if (!['randint', 'uniform', 'choice'].includes(kinds[k]) || s.some((v) => !Number.isFinite(v))) throw new Error('bad spec');
  }
  return u.map((row) => {
    if (row.length !== specs.length || row.some((v) => !(v >= 0 && v < 1))) throw new Error('bad u');
    return row.map((v, k) => {
      const s = specs[k];
      if (kinds[k] === 'randint') return s[0] + Math.floor(v * (s[1] - s[0] + 1));
      if (kinds[k] === 'uniform') return s[0] + v * s[1];
      return s[Math.floor(v * s.length)];
    });
  });
}
