export function bayesNetQuery(parents: number[][], cpt: number[][], query: number, evidence: number[]): { posterior: number; pEvidence: number } {
  // TODO: sum the joint Π P(x_i | parents) over the unobserved nodes; P(query = 1 | evidence) and P(evidence)
  return { posterior: 0.5, pEvidence: 1 };
}
