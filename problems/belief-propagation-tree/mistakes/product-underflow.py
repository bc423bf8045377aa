# expect: wrong_answer
# mistake: normalises every message but multiplies a node's incoming messages with np.prod and no rescaling, which underflows to 0 at a node with many neighbours
# caught-by: a star with 1500 alternating leaves
import math
from collections import deque

import numpy as np


def tree_bp(unary, edges, pairwise):
    n = len(unary)
    if n == 0:
        raise ValueError("no variables")
    k = len(unary[0])
    if k == 0 or any(len(u) != k for u in unary) or len(edges) != len(pairwise) or len(edges) != n - 1:
        raise ValueError("bad shapes")
    for (i, j), t in zip(edges, pairwise):
        if i == j or not (0 <= i < n and 0 <= j < n) or len(t) != k or any(len(r) != k for r in t):
            raise ValueError("bad edge")
    if any(not math.isfinite(v) or v < 0 for u in unary for v in u) or any(
        not math.isfinite(v) or v < 0 for t in pairwise for r in t for v in r
    ):
        raise ValueError("bad potential")
    psi = [np.array(u, dtype=float) / max(max(u), 1e-300) for u in unary]
    nbrs = [[] for _ in range(n)]
    for (i, j), t in zip(edges, pairwise):
        a = np.array(t, dtype=float)
        a = a / max(a.max(), 1e-300)
        nbrs[i].append((j, a))  # from i to j: sum over axis 0
        nbrs[j].append((i, a.T))
    parent, order, seen = [-1] * n, [], [False] * n
    seen[0] = True
    q = deque([0])
    tab_to_parent = [None] * n
    while q:
        v = q.popleft()
        order.append(v)
        for w, t in nbrs[v]:
            if not seen[w]:
                seen[w] = True
                parent[w] = v
                tab_to_parent[w] = t.T  # [x_w][x_v]
                q.append(w)
    if len(order) != n:
        raise ValueError("not a tree")
    children = [[] for _ in range(n)]
    for v in order[1:]:
        children[parent[v]].append(v)
    nan = [[math.nan] * k for _ in range(n)]
    up, down = [None] * n, [np.ones(k) for _ in range(n)]
    for v in reversed(order[1:]):
        h = psi[v] * np.prod([up[c] for c in children[v]], axis=0) if children[v] else psi[v]
        m = h @ tab_to_parent[v]
        if m.sum() == 0:
            return nan
        up[v] = m / m.sum()
    out = [None] * n
    for v in order:
        ch = children[v]
        msgs = [up[c] for c in ch]
        b = psi[v] * down[v] * (np.prod(msgs, axis=0) if msgs else 1.0)
        if b.sum() == 0:
            return nan
        out[v] = (b / b.sum()).tolist()
        for idx, c in enumerate(ch):
            others = msgs[:idx] + msgs[idx + 1:]
            h = psi[v] * down[v] * (np.prod(others, axis=0) if others else 1.0)
            m = tab_to_parent[c] @ h
            if m.sum() == 0:
                return nan
            down[c] = m / m.sum()
    return out
