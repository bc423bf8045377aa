// expect: wrong_answer
// mistake: leaves out the T² factor, so the soft term's gradients shrink like 1/T as the temperature grows
// caught-by: T = 20 (very soft targets)
function logSoftmax(row: number[]): number[] {
  const m = Math.max(...row);
  const lse = m + Math.log(row.reduce((s, v) => s + Math.exp(v - m), 0));
  return row.map((v) => v - lse);
}

export function distillationLoss(
  studentLogits: number[][],
  teacherLogits: number[][],
  labels: number[],
  alpha: number,
  T: number,
): { loss: number; grad: number[][] } {
  const B = studentLogits.length;
  if (B === 0) throw new Error('empty batch');
  const K = studentLogits[0].length;
  if (studentLogits.some((r) => r.length !== K) || teacherLogits.length !== B || teacherLogits.some((r) => r.length !== K)) throw new Error('shapes');
  if (labels.length !== B || labels.some((y) => !Number.isInteger(y) || y < 0 || y >= K)) throw new Error('labels');
  if (!(alpha >= 0 && alpha <= 1) || !(T > 0) || T === Infinity) throw new Error('alpha or T');

  let loss = 0;
  const grad: number[][] = [];
  for (let b = 0; b < B; b++) {
    const hard = logSoftmax(studentLogits[b]);
    const soft = logSoftmax(studentLogits[b].map((v) => v / T));
    const teach = logSoftmax(teacherLogits[b].map((v) => v / T));
    let kl = 0;
    for (let k = 0; k < K; k++) {
      const p = Math.exp(teach[k]);
      if (p > 0) kl += p * (teach[k] - soft[k]);
    }
    loss += alpha * -hard[labels[b]] + (1 - alpha) * kl;
    // d/dz of the CE term: softmax − one-hot; of T²·KL: T²·(1/T)(softmax(z/T) − teacher) = T(…)
    grad.push(studentLogits[b].map((_, k) =>
      (alpha * (Math.exp(hard[k]) - (k === labels[b] ? 1 : 0)) + (1 - alpha) / T * (Math.exp(soft[k]) - Math.exp(teach[k]))) / B));
  }
  return { loss: loss / B, grad };
}
