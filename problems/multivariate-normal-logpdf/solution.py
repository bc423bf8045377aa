import math

import numpy as np


def mvn_log_pdf(X, mu, Sigma):
    k = len(mu)
    if k == 0:
        raise ValueError("mu must not be empty")
    if len(Sigma) != k or any(len(r) != k for r in Sigma) or any(len(r) != k for r in X):
        raise ValueError("shapes disagree")
    S = np.asarray(Sigma, dtype=float)
    m = np.asarray(mu, dtype=float)
    if not (np.all(np.isfinite(S)) and np.all(np.isfinite(m)) and all(math.isfinite(v) for r in X for v in r)):
        raise ValueError("values must be finite")
    if np.max(np.abs(S - S.T)) > 1e-12 * np.max(np.abs(S)):
        raise ValueError("Sigma must be symmetric")
    try:
        L = np.linalg.cholesky(S)
    except np.linalg.LinAlgError:
        raise ValueError("Sigma is not positive definite")
    if np.min(np.diag(L)) <= math.sqrt(k * np.finfo(float).eps * np.max(np.diag(S))):
        raise ValueError("Sigma is not positive definite")
    if len(X) == 0:
        return []
    D = np.asarray(X, dtype=float) - m
    Z = np.zeros_like(D)
    for i in range(k):  # forward substitution L z = x - mu, for all rows at once
        Z[:, i] = (D[:, i] - Z[:, :i] @ L[i, :i]) / L[i, i]
    log_det = 2 * np.sum(np.log(np.diag(L)))
    return -0.5 * (k * math.log(2 * math.pi) + log_det + np.sum(Z * Z, axis=1))
