import math

import numpy as np


def ols_inference(X, y, t_crit):
    n = len(X)
    if n == 0 or len(y) != n:
        raise ValueError("X and y need the same, non-zero number of rows")
    p = len(X[0])
    if any(len(r) != p for r in X):
        raise ValueError("X must be rectangular")
    A = np.column_stack([np.ones(n), np.asarray(X, dtype=float).reshape(n, p)])
    yy = np.asarray(y, dtype=float)
    if not (np.all(np.isfinite(A)) and np.all(np.isfinite(yy))):
        raise ValueError("values must be finite")
    if not (math.isfinite(t_crit) and t_crit > 0):
        raise ValueError("t_crit must be a finite number > 0")
    k = p + 1
    if n - k < 1:
        raise ValueError("need more observations than coefficients")
    Q, R = np.linalg.qr(A)
    d = np.abs(np.diag(R))
    if np.min(d) <= 1e-10 * np.max(d):
        raise ValueError("the design matrix is rank-deficient")
    beta = np.linalg.solve(R, Q.T @ yy)
    rss = float(np.sum((yy - A @ beta) ** 2))
    Rinv = np.linalg.solve(R, np.eye(k))
    se = np.sqrt(rss / (n - k) * np.sum(Rinv * Rinv, axis=1))  # diag((A^T A)^-1) = row norms of R^-1 squared
    return [beta, se, beta / se, beta - t_crit * se, beta + t_crit * se]
