import math
from collections import deque

import numpy as np


def tree_bp(unary, edges, pairwise):
    n = len(unary)
    if n == 0:
        raise ValueError("need at least one variable")
    k = len(unary[0])
    if k == 0 or any(len(u) != k for u in unary):
        raise ValueError("unary rows need the same length K >= 1")
    if len(edges) != len(pairwise):
        raise ValueError("one pairwise table per edge")
    for e, (edge, t) in enumerate(zip(edges, pairwise)):
        if len(edge) != 2 or any(not isinstance(v, int) or not 0 <= v < n for v in edge) or edge[0] == edge[1]:
            raise ValueError(f"edge {e} must join two different variables")
        if len(t) != k or any(len(r) != k for r in t):
            raise ValueError(f"pairwise table {e} must be K x K")
    vals = [v for u in unary for v in u] + [v for t in pairwise for r in t for v in r]
    if any(not math.isfinite(v) or v < 0 for v in vals):
        raise ValueError("potentials must be finite and >= 0")
    if len(edges) != n - 1:
        raise ValueError("not a tree")
    nbrs = [[] for _ in range(n)]
    for e, (i, j) in enumerate(edges):
        nbrs[i].append((j, e))
        nbrs[j].append((i, e))
    parent = np.full(n, -1)
    depth = np.full(n, -1)
    depth[0] = 0
    q = deque([0])
    while q:
        v = q.popleft()
        for w, _ in nbrs[v]:
            if depth[w] < 0:
                depth[w] = depth[v] + 1
                parent[w] = v
                q.append(w)
    if np.any(depth < 0):
        raise ValueError("not a tree")
    # lt[c][x_c][x_parent]: log potential of the edge between c and its parent
    lt = np.zeros((n, k, k))
    with np.errstate(divide="ignore"):
        lu = np.log(np.array(unary, dtype=float))
        for e, (i, j) in enumerate(edges):
            t = np.log(np.array(pairwise[e], dtype=float))   # indexed [x_i][x_j]
            if parent[j] == i:
                lt[j] = t.T
            else:
                lt[i] = t
    nan = [[math.nan] * k for _ in range(n)]
    levels = [np.flatnonzero(depth == d) for d in range(int(depth.max()) + 1)]

    def normalise_cols(mat, axis):
        # log of Σ over `axis` of exp(mat), normalised to sum 1 per row; None if a row is all zero
        top = mat.max(axis=(1, 2), keepdims=True)
        if np.any(top == -math.inf):
            return None
        col = np.exp(mat - top).sum(axis=axis)
        with np.errstate(divide="ignore"):
            return np.log(col / col.sum(axis=1, keepdims=True))

    # incoming child messages per node as (sum of the finite logs, number of zero entries), so that one
    # child's message can be taken out again exactly, even when it contains zeros
    fin = np.zeros((n, k))
    zeros = np.zeros((n, k), dtype=np.int64)
    up = np.zeros((n, k))
    with_zeros = lambda s, z: np.where(z > 0, -math.inf, s)
    for lev in reversed(levels[1:]):
        h = lu[lev] + with_zeros(fin[lev], zeros[lev])
        m = normalise_cols(lt[lev] + h[:, :, None], axis=1)     # sum over x_child
        if m is None:
            return nan
        up[lev] = m
        np.add.at(fin, parent[lev], np.where(np.isinf(m), 0.0, m))
        np.add.at(zeros, parent[lev], np.isinf(m).astype(np.int64))
    down = np.zeros((n, k))
    out = np.zeros((n, k))
    for d, lev in enumerate(levels):
        lb = lu[lev] + down[lev] + with_zeros(fin[lev], zeros[lev])
        top = lb.max(axis=1, keepdims=True)
        if np.any(top == -math.inf):
            return nan
        b = np.exp(lb - top)
        out[lev] = b / b.sum(axis=1, keepdims=True)
        if d + 1 < len(levels):
            ch = levels[d + 1]
            p = parent[ch]
            u = up[ch]
            rest = with_zeros(fin[p] - np.where(np.isinf(u), 0.0, u), zeros[p] - np.isinf(u))
            h = lu[p] + down[p] + rest
            m = normalise_cols(lt[ch] + h[:, None, :], axis=2)  # sum over x_parent
            if m is None:
                return nan
            down[ch] = m
    return out.tolist()
