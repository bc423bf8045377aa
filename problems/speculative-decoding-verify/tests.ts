import { defineTests, rng, type TestCase } from '../../grader/kit.ts';

/**
 * Random logits with a clear winner per row (margin ≥ 0.5 over the runner-up); the draft agrees with the
 * target on the first `agree` positions, then proposes a different token.
 */
function randomCase(seed: number, k: number, V: number, agree: number): [number[], number[][]] {
  const r = rng(seed);
  const logits = Array.from({ length: k + 1 }, () => {
    const row = r.vector(V, -4, 4);
    const best = r.int(0, V - 1);
    const second = Math.max(...row.filter((_, i) => i !== best), Number.NEGATIVE_INFINITY);
    row[best] = Math.max(row[best]!, second + 0.5 + r.uniform(0, 2));
    return row;
  });
  const top = (row: number[]) => row.indexOf(Math.max(...row));
  const draft = Array.from({ length: k }, (_, i) => {
    const t = top(logits[i]!);
    return i < agree ? t : (t + 1 + r.int(0, V - 2)) % V;
  });
  return [draft, logits];
}

const L = [[0, 1, 3, 0.5], [2, 0, 1, 0], [0, 1, 0, 0], [1, 1, 1, 1]];

const exactTokens = { rtol: 1e-9, atol: 1e-9, fields: { tokens: { exact: true }, numAccepted: { exact: true } } };

export default defineTests({
  cases: ([
    { name: 'worked example: reject at the third token', sample: true, args: [[2, 0, 3], L] },
    { name: 'all draft tokens accepted, bonus token', sample: true, args: [[2, 0], [[0, 1, 3, 0.5], [2, 0, 1, 0], [0, 0, 0, 4]]] },
    { name: 'first draft token rejected', args: randomCase(1201, 4, 6, 0) },
    { name: 'empty draft: only the bonus token', args: [[], [[0.5, 2.5, -1, 2]]] },
    { name: 'tie in the target row goes to the lower id', args: [[2, 1], [[1, 3, 3, 0], [0, 5, 0, 0], [9, 0, 0, 0]]] },
    { name: 'tie in the bonus row goes to the lower id', args: [[1], [[0, 4, 1], [2, 7, 7]]] },
    { name: 'large logits (stable log-softmax)', args: [[0, 1], [[1000, 990, 980], [-1000, 1200, 1199.5], [5, 5.5, 800]]] },
    { name: 'long draft, all accepted', args: randomCase(1202, 12, 20, 12) },
    { name: 'long draft, rejected in the middle', args: randomCase(1203, 12, 20, 7) },
    { name: 'vocabulary of one token', args: [[0, 0], [[3], [-2], [0.5]]] },
    { name: 'wrong number of logit rows throws', args: [[1, 2], [[0, 1, 2], [0, 1, 2]]], expectError: true },
    { name: 'draft token outside the vocabulary throws', args: [[3], [[0, 1, 2], [0, 1, 2]]], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(1220 + i);
      const k = r.int(1, 8);
      return { name: `random ${i + 1}`, args: randomCase(1240 + i, k, r.int(2, 30), r.int(0, k)) };
    }),
    { name: 'large: 32 draft tokens over 8000 logits', args: randomCase(1299, 32, 8000, 32), weight: 2 },
  ] as TestCase[]).map((c) => ({ ...c, tolerance: exactTokens })),
});
