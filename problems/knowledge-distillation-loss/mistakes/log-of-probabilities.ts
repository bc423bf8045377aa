// expect: wrong_answer
// mistake: takes log of softmax probabilities instead of a log-softmax, so a true-class probability that underflows to 0 gives an infinite loss
// caught-by: large logits (stable softmax)
export function distillationLoss(studentLogits: number[][], teacherLogits: number[][], labels: number[], alpha: number, T: number): { loss: number; grad: number[][] } {
  const B = studentLogits.length;
  if (!B) throw new Error('empty');
  const K = studentLogits[0].length;
  if (studentLogits.some((r) => r.length !== K) || teacherLogits.length !== B || teacherLogits.some((r) => r.length !== K)) throw new Error('shapes');
  if (labels.length !== B || labels.some((y) => !Number.isInteger(y) || y < 0 || y >= K) || !(alpha >= 0 && alpha <= 1) || !(T > 0) || T === Infinity) throw new Error('bad input');
  const softmax = (z: number[]) => {
    const m = Math.max(...z);
    const e = z.map((v) => Math.exp(v - m));
    const s = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / s);
  };
  let loss = 0;
  const grad = studentLogits.map((zs, b) => {
    const ps = softmax(zs), q = softmax(zs.map((v) => v / T)), p = softmax(teacherLogits[b].map((v) => v / T));
    let kl = 0;
    for (let k = 0; k < K; k++) if (p[k] > 0) kl += p[k] * Math.log(p[k] / q[k]);
    loss += alpha * -Math.log(ps[labels[b]]) + (1 - alpha) * T * T * kl;
    return zs.map((_, k) => (alpha * (ps[k] - (k === labels[b] ? 1 : 0)) + (1 - alpha) * T * (q[k] - p[k])) / B);
  });
  return { loss: loss / B, grad };
}
