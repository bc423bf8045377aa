// expect: wrong_answer
// mistake: deals the samples class by class but keeps one running counter, so each class starts where the previous one stopped instead of at fold 0
// caught-by: stratified, interleaved classes
export function kfoldAssign(y: number[], k: number, stratified: boolean): number[] {
  const n = y.length;
  if (!Number.isInteger(k) || k < 2 || k > n) throw new Error('bad k');
  if (!stratified) {
    const base = Math.floor(n / k), extra = n % k;
    const out: number[] = [];
    for (let f = 0; f < k; f++) for (let j = 0; j < base + (f < extra ? 1 : 0); j++) out.push(f);
    return out;
  }
  const out = new Array<number>(n);
  let counter = 0;
  for (const c of [...new Set(y)]) y.forEach((v, i) => { if (v === c) out[i] = counter++ % k; });
  return out;
}
