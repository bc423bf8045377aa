export function sampleSearchSpace(specs: number[][], kinds: ('randint' | 'uniform' | 'choice')[], u: number[][]): number[][] {
  if (specs.length !== kinds.length) throw new Error('length mismatch');
  specs.forEach((s, k) => {
    if (s.some((v) => !Number.isFinite(v))) throw new Error('non-finite spec');
    const kind = kinds[k];
    if (kind === 'randint') {
      if (s.length !== 2 || !Number.isInteger(s[0]) || !Number.isInteger(s[1]) || s[1] <= s[0]) throw new Error('bad randint');
    } else if (kind === 'uniform') {
      if (s.length !== 2 || s[1] < 0) throw new Error('bad uniform');
    } else if (kind === 'choice') {
      if (s.length === 0) throw new Error('empty choice');
    } else throw new Error('unknown kind');
  });
  return u.map((row) => {
    if (row.length !== specs.length) throw new Error('bad u row');
    return row.map((v, k) => {
      if (!(v >= 0 && v < 1)) throw new Error('u out of range');
      const s = specs[k];
      switch (kinds[k]) {
        case 'randint': return s[0] + Math.floor(v * (s[1] - s[0]));
        case 'uniform': return s[0] + v * s[1];
        default: return s[Math.floor(v * s.length)];
      }
    });
  });
}
