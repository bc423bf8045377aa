import numpy as np


def markov_stationary(P, init, steps):
    k = len(P)
    if k == 0 or any(len(r) != k for r in P):
        raise ValueError("P must be a non-empty square matrix")
    A = np.asarray(P, dtype=float)
    p0 = np.asarray(init, dtype=float)
    if not np.all(np.isfinite(A)) or np.any(A < 0) or np.any(np.abs(A.sum(axis=1) - 1) > 1e-9):
        raise ValueError("P must be row-stochastic")
    if len(p0) != k or not np.all(np.isfinite(p0)) or np.any(p0 < 0) or abs(p0.sum() - 1) > 1e-9:
        raise ValueError("init must be a probability vector")
    if not isinstance(steps, int) or steps < 0:
        raise ValueError("steps must be a non-negative integer")
    M = A.T - np.eye(k)
    M[-1, :] = 1.0  # replace one (redundant) equation by sum(pi) = 1
    b = np.zeros(k)
    b[-1] = 1.0
    if np.linalg.matrix_rank(M) < k:
        raise ValueError("the chain is reducible: no unique stationary distribution")
    pi = np.linalg.solve(M, b)
    p = p0
    for _ in range(steps):
        p = p @ A
    return {"stationary": pi, "nStep": p}
