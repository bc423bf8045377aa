// expect: wrong_answer
// mistake: never normalises messages or running products (only the final beliefs), so a long chain overflows to Infinity and NaN
// caught-by: a long chain (3000 variables)
// Reference: plain float64 TypeScript, two-pass sum-product on the tree rooted at variable 0. Every
// message and every running product is rescaled (messages to sum 1, products to max 1) as it is formed.

function validate(unary: number[][], edges: number[][], pairwise: number[][][]): number {
  const n = unary.length;
  if (n === 0) throw new Error('need at least one variable');
  const K = unary[0]!.length;
  if (K === 0 || unary.some((u) => u.length !== K)) throw new Error('every unary table needs the same number K ≥ 1 of states');
  if (edges.length !== pairwise.length) throw new Error('one pairwise table per edge');
  edges.forEach((e, k) => {
    if (e.length !== 2 || !e.every((v) => Number.isInteger(v) && v >= 0 && v < n) || e[0] === e[1]) throw new Error(`edge ${k} must join two different variables`);
    const t = pairwise[k]!;
    if (t.length !== K || t.some((row) => row.length !== K)) throw new Error(`pairwise table ${k} must be K×K`);
  });
  const bad = (row: number[]) => row.some((v) => !(v >= 0) || !Number.isFinite(v));
  if (unary.some(bad) || pairwise.some((t) => t.some(bad))) throw new Error('potentials must be finite and ≥ 0');
  if (edges.length !== n - 1) throw new Error('a tree on n variables has n − 1 edges');
  return K;
}

/** Multiplies `acc` by `m` in place and rescales to max 1; returns false once everything is 0. */
function mulInto(acc: Float64Array, m: ArrayLike<number>): boolean {
  let max = 0;
  for (let a = 0; a < acc.length; a++) { acc[a]! *= m[a]!; if (acc[a]! > max) max = acc[a]!; }
  if (max === 0) return false;
  return true;
}

export function treeBp(unary: number[][], edges: number[][], pairwise: number[][][]): number[][] {
  const K = validate(unary, edges, pairwise);
  const n = unary.length;
  // adjacency: neighbour, edge index, and whether this variable is the edge's first entry
  const adj: { to: number; e: number; first: boolean }[][] = Array.from({ length: n }, () => []);
  edges.forEach(([i, j], e) => { adj[i!]!.push({ to: j!, e, first: true }); adj[j!]!.push({ to: i!, e, first: false }); });
  // BFS from 0: parent, order; a tree with n − 1 edges is connected iff BFS reaches every node
  const parent = new Int32Array(n).fill(-2);
  const parentEdge: { e: number; first: boolean }[] = new Array(n);
  const order: number[] = [0];
  parent[0] = -1;
  for (let h = 0; h < order.length; h++) {
    const v = order[h]!;
    for (const { to, e, first } of adj[v]!) {
      if (parent[to] !== -2) continue;
      parent[to] = v;
      parentEdge[to] = { e, first: !first }; // first: `to` is the edge's first variable
      order.push(to);
    }
  }
  if (order.length !== n) throw new Error('the graph has a cycle or is disconnected; it must be a tree');
  // scale the potentials (marginals do not depend on their scale)
  const maxOf = (row: number[]) => row.reduce((m, x) => (x > m ? x : m), 0);
  const psi = unary.map((u) => u.slice()); void maxOf;
  const pair = pairwise;
  /** Σ_{x_from} ψ(x_from, x_to) · h(x_from), normalised to sum 1; null when it is all zero. */
  const send = (h: Float64Array, e: number, fromIsFirst: boolean): Float64Array | null => {
    const t = pair[e]!;
    const out = new Float64Array(K);
    let s = 0;
    for (let b = 0; b < K; b++) {
      let acc = 0;
      for (let a = 0; a < K; a++) acc += (fromIsFirst ? t[a]![b]! : t[b]![a]!) * h[a]!;
      out[b] = acc;
      s += acc;
    }
    if (s === 0) return null;
    return out;
  };
  const nan = () => Array.from({ length: n }, () => new Array<number>(K).fill(Number.NaN));
  const children: number[][] = Array.from({ length: n }, () => []);
  for (const v of order) if (parent[v]! >= 0) children[parent[v]!]!.push(v);
  // upward pass: up[v] is the message from v to its parent
  const up: Float64Array[] = new Array(n);
  for (let h = n - 1; h >= 1; h--) {
    const v = order[h]!;
    const acc = Float64Array.from(psi[v]!);
    for (const c of children[v]!) if (!mulInto(acc, up[c]!)) return nan();
    const m = send(acc, parentEdge[v]!.e, parentEdge[v]!.first);
    if (m === null) return nan();
    up[v] = m;
  }
  // downward pass: down[v] is the message from the parent into v; beliefs along the way
  const down: (Float64Array | null)[] = new Array(n).fill(null);
  const beliefs: number[][] = new Array(n);
  for (const v of order) {
    const base = Float64Array.from(psi[v]!);
    if (down[v] && !mulInto(base, down[v]!)) return nan();
    const ch = children[v]!;
    // prefix[k] = base · Π_{l<k} up[ch[l]]; suffix products are accumulated right to left
    const prefix: Float64Array[] = [base];
    for (const c of ch) { const p = Float64Array.from(prefix[prefix.length - 1]!); if (!mulInto(p, up[c]!)) return nan(); prefix.push(p); }
    const belief = prefix[ch.length]!;
    const total = belief.reduce((s, x) => s + x, 0);
    if (total === 0) return nan();
    beliefs[v] = Array.from(belief, (x) => x / total);
    const suffix = new Float64Array(K).fill(1);
    for (let k = ch.length - 1; k >= 0; k--) {
      const c = ch[k]!;
      const h = Float64Array.from(prefix[k]!);
      if (!mulInto(h, suffix)) return nan();
      const m = send(h, parentEdge[c]!.e, !parentEdge[c]!.first);
      if (m === null) return nan();
      down[c] = m;
      if (!mulInto(suffix, up[c]!)) return nan();
    }
  }
  return beliefs;
}
