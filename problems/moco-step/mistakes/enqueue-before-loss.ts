// expect: wrong_answer
// mistake: enqueues the new keys before computing the loss, so each positive also appears among the negatives and the oldest keys are gone
// caught-by: random 1
export function mocoStep(
  thetaK: number[], thetaQ: number[], m: number, q: number[][], kPos: number[][], queue: number[][], tau: number,
): { thetaKNew: number[]; loss: number; queueNew: number[][] } {
  const N = q.length;
  if (thetaK.length !== thetaQ.length || !(m >= 0 && m <= 1) || !(tau > 0)) throw new Error('bad parameters');
  if (N === 0 || kPos.length !== N || queue.length < N) throw new Error('need N queries, N keys and a queue of at least N');
  const d = q[0].length;
  if ([...q, ...kPos, ...queue].some((r) => r.length !== d)) throw new Error('dimension mismatch');
  const unit = (v: number[]) => {
    const n = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
    if (!(n > 0)) throw new Error('zero vector');
    return v.map((x) => x / n);
  };
  const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);

  const qn = q.map(unit), kn = kPos.map(unit), negatives = [...queue.map(unit).slice(N), ...kPos.map(unit)];
  let loss = 0;
  for (let i = 0; i < N; i++) {
    // the positive is logit 0; the negatives are the queue as it was before this step
    const logits = [dot(qn[i], kn[i]) / tau, ...negatives.map((k) => dot(qn[i], k) / tau)];
    const mx = Math.max(...logits);
    const lse = mx + Math.log(logits.reduce((s, z) => s + Math.exp(z - mx), 0));
    loss += (lse - logits[0]) / N;
  }
  return {
    thetaKNew: thetaK.map((t, j) => m * t + (1 - m) * thetaQ[j]),
    loss,
    queueNew: [...negatives.slice(N), ...kn], // oldest N leave from the front, new keys join at the end
  };
}
