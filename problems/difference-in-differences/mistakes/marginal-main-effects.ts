// expect: wrong_answer
// mistake: reads the main effects off marginal means (α = control mean over both periods, β1 = treated − control overall, β2 = post − pre overall) instead of the pre-period control cell
// caught-by: unbalanced cells
export function diffInDiff(y: number[], treated: number[], post: number[]): { did: number; beta: number[] } {
  const n = y.length;
  if (n === 0 || treated.length !== n || post.length !== n) throw new Error('length mismatch');
  if ([...treated, ...post].some((v) => v !== 0 && v !== 1)) throw new Error('0/1 only');
  const mean = (f: (i: number) => boolean) => {
    let s = 0, k = 0;
    for (let i = 0; i < n; i++) if (f(i)) { s += y[i]!; k++; }
    if (!k) throw new Error('empty cell');
    return s / k;
  };
  const did = (mean((i) => treated[i] === 1 && post[i] === 1) - mean((i) => treated[i] === 1 && !post[i]))
    - (mean((i) => !treated[i] && post[i] === 1) - mean((i) => !treated[i] && !post[i]));
  const control = mean((i) => !treated[i]);
  return { did, beta: [control, mean((i) => treated[i] === 1) - control, mean((i) => post[i] === 1) - mean((i) => !post[i]), did] };
}
