// expect: wrong_answer
// mistake: measures entropy in nats (natural log) instead of bits
// caught-by: entropy of four equal classes is 2 bits
function impurity(v: number[], criterion: 'gini' | 'entropy' | 'variance'): number {
  const n = v.length;
  if (n === 0) return 0;
  if (criterion === 'variance') {
    const mean = v.reduce((s, x) => s + x, 0) / n;
    return v.reduce((s, x) => s + (x - mean) ** 2, 0) / n; // population variance, two passes
  }
  const counts = new Map<number, number>();
  for (const x of v) counts.set(x, (counts.get(x) ?? 0) + 1);
  let s = 0;
  for (const c of counts.values()) {
    const p = c / n;
    s += criterion === 'gini' ? p * p : -p * Math.log(p); // only observed classes: 0·log 0 never appears
  }
  return criterion === 'gini' ? 1 - s : s;
}

export function splitGain(
  parent: number[], children: number[][], criterion: 'gini' | 'entropy' | 'variance',
): { parentImpurity: number; childImpurities: number[]; gain: number } {
  if (criterion !== 'gini' && criterion !== 'entropy' && criterion !== 'variance') throw new Error('unknown criterion');
  if (parent.length === 0) throw new Error('empty parent');
  const all = children.flat();
  for (const v of [...parent, ...all]) if (!Number.isFinite(v)) throw new Error('non-finite value');
  const a = [...parent].sort((x, y) => x - y), b = [...all].sort((x, y) => x - y);
  if (a.length !== b.length || a.some((v, i) => v !== b[i])) throw new Error('children do not partition the parent');
  const n = parent.length;
  const parentImpurity = impurity(parent, criterion);
  const childImpurities = children.map((c) => impurity(c, criterion));
  let weighted = 0;
  children.forEach((c, i) => { weighted += (c.length / n) * childImpurities[i]!; }); // weighted by size
  return { parentImpurity, childImpurities, gain: parentImpurity - weighted };
}
