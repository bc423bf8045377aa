import itertools


def bayes_net_query(parents, cpt, query, evidence):
    n = len(parents)
    if not 1 <= n <= 20 or len(cpt) != n or len(evidence) != n:
        raise ValueError("parents, cpt and evidence need one entry per node (at most 20)")
    for i, ps in enumerate(parents):
        if any(not isinstance(p, int) or not 0 <= p < i for p in ps) or len(set(ps)) != len(ps):
            raise ValueError("parents must be distinct earlier nodes")
        if len(cpt[i]) != 2 ** len(ps) or any(not (0 <= p <= 1) for p in cpt[i]):
            raise ValueError("a CPT has the wrong size or a value outside [0, 1]")
    if any(e not in (-1, 0, 1) for e in evidence):
        raise ValueError("evidence entries are -1, 0 or 1")
    if not isinstance(query, int) or not 0 <= query < n:
        raise ValueError("query must be a node index")
    hidden = [i for i in range(n) if evidence[i] == -1]
    x = list(evidence)
    p_e = p_q = 0.0
    for values in itertools.product((0, 1), repeat=len(hidden)):
        for i, v in zip(hidden, values):
            x[i] = v
        joint = 1.0
        for i in range(n):
            idx = sum(x[p] << j for j, p in enumerate(parents[i]))  # first listed parent is bit 0
            joint *= cpt[i][idx] if x[i] == 1 else 1 - cpt[i][idx]
        p_e += joint
        if x[query] == 1:
            p_q += joint
    return {"posterior": p_q / p_e if p_e > 0 else float("nan"), "pEvidence": p_e}
