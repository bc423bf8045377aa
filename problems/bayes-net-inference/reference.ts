// Reference: plain float64 TypeScript, exact inference by enumerating the unobserved variables.

export function bayesNetQuery(parents: number[][], cpt: number[][], query: number, evidence: number[]): { posterior: number; pEvidence: number } {
  const n = parents.length;
  if (n === 0 || n > 20) throw new Error('need between 1 and 20 nodes');
  if (cpt.length !== n || evidence.length !== n) throw new Error('parents, cpt and evidence need one entry per node');
  parents.forEach((ps, i) => {
    if (ps.some((p) => !Number.isInteger(p) || p < 0 || p >= i)) throw new Error(`node ${i}: parents must be earlier nodes (topological order)`);
    if (new Set(ps).size !== ps.length) throw new Error(`node ${i}: a parent is listed twice`);
    if (cpt[i]!.length !== 2 ** ps.length) throw new Error(`node ${i}: the CPT needs 2^${ps.length} entries`);
  });
  if (cpt.flat().some((p) => !(p >= 0 && p <= 1))) throw new Error('CPT entries are probabilities in [0, 1]');
  if (evidence.some((e) => e !== -1 && e !== 0 && e !== 1)) throw new Error('evidence entries are −1, 0 or 1');
  if (!Number.isInteger(query) || query < 0 || query >= n) throw new Error('query must be a node index');
  const hidden = evidence.flatMap((e, i) => (e === -1 ? [i] : []));
  const x = evidence.slice();
  let pE = 0, pQ = 0;
  for (let a = 0; a < 2 ** hidden.length; a++) {
    hidden.forEach((node, b) => { x[node] = (a >> b) & 1; });
    let joint = 1;
    for (let i = 0; i < n && joint > 0; i++) {
      let idx = 0;
      parents[i]!.forEach((p, j) => { idx += x[p]! << j; });
      const p1 = cpt[i]![idx]!;
      joint *= x[i] === 1 ? p1 : 1 - p1;
    }
    pE += joint;
    if (x[query] === 1) pQ += joint;
  }
  return { posterior: pE > 0 ? pQ / pE : Number.NaN, pEvidence: pE };
}
