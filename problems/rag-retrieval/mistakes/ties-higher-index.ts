// expect: wrong_answer
// mistake: breaks score ties toward the higher document index
// caught-by: duplicate documents tie: lower index first
export function retrieveTopK(queries: number[][], docs: number[][], k: number): { indices: number[][]; scores: number[][] } {
  if (!Number.isInteger(k) || k < 0) throw new Error('bad k');
  const d = queries[0]?.length ?? docs[0]?.length ?? 0;
  if ([...queries, ...docs].some((v) => v.length !== d)) throw new Error('dimension mismatch');
  const norm = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  const dn = docs.map(norm);
  const indices: number[][] = [], scores: number[][] = [];
  for (const q of queries) {
    const qn = norm(q);
    const sims = docs.map((doc, j) => {
      if (qn === 0 || dn[j] === 0) return 0; // a zero vector has no direction
      let dot = 0;
      for (let c = 0; c < d; c++) dot += q[c] * doc[c];
      return dot / (qn * dn[j]);
    });
    // highest score first; equal scores keep the lower document index first
    const top = sims.map((_, j) => j).sort((a, b) => sims[b] - sims[a] || b - a).slice(0, k);
    indices.push(top);
    scores.push(top.map((j) => sims[j]));
  }
  return { indices, scores };
}
