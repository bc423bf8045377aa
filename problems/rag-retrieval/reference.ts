/** Plain float64 top-k retrieval by cosine similarity; ties → lower document index; a zero vector scores 0. */
export function retrieveTopK(queries: number[][], docs: number[][], k: number): { indices: number[][]; scores: number[][] } {
  if (!Number.isInteger(k) || k < 0) throw new Error('k must be an integer ≥ 0');
  const d = queries[0]?.length ?? docs[0]?.length ?? 0;
  if ([...queries, ...docs].some((v) => v.length !== d || v.some((x) => !Number.isFinite(x)))) throw new Error('all vectors must have the same length and finite entries');
  if (d === 0 && (queries.length > 0 || docs.length > 0)) throw new Error('vectors must not be empty');
  const norm = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  const docNorms = docs.map(norm);
  const indices: number[][] = [];
  const scores: number[][] = [];
  for (const q of queries) {
    const qn = norm(q);
    const sims = docs.map((doc, j) => (qn === 0 || docNorms[j] === 0 ? 0 : doc.reduce((s, x, c) => s + x * q[c]!, 0) / (qn * docNorms[j]!)));
    const order = sims.map((s, j) => [s, j] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]).slice(0, k);
    indices.push(order.map(([, j]) => j));
    scores.push(order.map(([s]) => s));
  }
  return { indices, scores };
}
