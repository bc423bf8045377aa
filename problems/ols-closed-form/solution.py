import numpy as np


def ols_fit(X, y):
    A = np.asarray(X, dtype=float)
    b = np.asarray(y, dtype=float)
    if A.ndim != 2 or A.size == 0 or b.shape != (A.shape[0],) or not np.all(np.isfinite(b)):
        raise ValueError("X must be m×n and y of length m")
    m, n = A.shape
    if m < n:
        raise ValueError("fewer rows than columns")
    Q, R = np.linalg.qr(A)                    # Householder (LAPACK geqrf)
    if np.min(np.abs(np.diag(R))) < 1e-12 * np.max(np.abs(R)):
        raise ValueError("X is rank-deficient")
    theta = np.zeros(n)
    rhs = Q.T @ b
    for i in range(n - 1, -1, -1):
        theta[i] = (rhs[i] - R[i, i + 1:] @ theta[i + 1:]) / R[i, i]
    return theta
