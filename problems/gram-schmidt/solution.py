import numpy as np


def gram_schmidt(V):
    A = np.asarray(V, dtype=float)
    if A.ndim != 2 or A.size == 0 or not np.all(np.isfinite(A)):
        raise ValueError("V must be a non-empty finite matrix")
    k, n = A.shape
    if k > n:
        raise ValueError("more rows than columns")
    Q = np.zeros((k, n))
    for i in range(k):
        u = A[i].copy()
        for j in range(i):
            u -= (Q[j] @ u) * Q[j]          # modified: project the updated vector
        r = np.linalg.norm(u)
        if r == 0 or r < 1e-10 * np.linalg.norm(A[i]):
            raise ValueError("a row is linearly dependent on the earlier rows")
        Q[i] = u / r
    return Q
