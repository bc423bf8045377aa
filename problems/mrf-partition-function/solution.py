import math

import numpy as np


def mrf_partition(unary, edges, pairwise):
    n = len(unary)
    if not 1 <= n <= 20:
        raise ValueError("need between 1 and 20 variables")
    if any(len(u) != 2 for u in unary) or len(edges) != len(pairwise):
        raise ValueError("bad tables")
    for e, t in zip(edges, pairwise):
        if len(e) != 2 or any(not isinstance(v, int) or not 0 <= v < n for v in e) or e[0] == e[1]:
            raise ValueError("an edge must join two different variables")
        if len(t) != 2 or any(len(r) != 2 for r in t):
            raise ValueError("pairwise tables are 2x2")
    values = [v for u in unary for v in u] + [v for t in pairwise for r in t for v in r]
    if any(not (math.isfinite(v) and v >= 0) for v in values):
        raise ValueError("potentials must be finite and >= 0")
    bits = (np.arange(2 ** n)[:, None] >> np.arange(n)[None, :]) & 1  # assignment a: x_i = bit i of a
    with np.errstate(divide="ignore"):
        log_u = np.log(np.asarray(unary, dtype=float))
        s = log_u[np.arange(n), bits].sum(axis=1)
        for (i, j), t in zip(edges, pairwise):
            s = s + np.log(np.asarray(t, dtype=float))[bits[:, i], bits[:, j]]
    m = s.max()
    if m == -np.inf:
        return {"logZ": float("-inf"), "marginals": [float("nan")] * n}
    w = np.exp(s - m)
    total = w.sum()
    return {"logZ": float(m + math.log(total)), "marginals": (w @ bits) / total}
