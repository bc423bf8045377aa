// expect: wrong_answer
// mistake: estimates the time trend from everyone's pre/post means (treated units included) instead of the control group's, so part of the effect is subtracted from itself
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
  const cPre = mean((i) => !treated[i] && !post[i]), tPre = mean((i) => treated[i] === 1 && !post[i]);
  const tPost = mean((i) => treated[i] === 1 && post[i] === 1);
  mean((i) => !treated[i] && post[i] === 1);
  const trend = mean((i) => post[i] === 1) - mean((i) => !post[i]);
  const did = tPost - tPre - trend;
  return { did, beta: [cPre, tPre - cPre, trend, did] };
}
