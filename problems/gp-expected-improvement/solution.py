import math

import numpy as np


def gp_expected_improvement(X, y, X_cand, length_scale, signal_var, noise_var, xi):
    A0 = np.asarray(X, dtype=float)
    yv = np.asarray(y, dtype=float)
    C = np.asarray(X_cand, dtype=float)
    if A0.ndim != 2 or A0.size == 0 or not np.all(np.isfinite(A0)) or yv.shape != (len(A0),) or not np.all(np.isfinite(yv)):
        raise ValueError("X must be a non-empty finite matrix with one y per row")
    if C.ndim != 2 or len(C) == 0 or C.shape[1] != A0.shape[1] or not np.all(np.isfinite(C)):
        raise ValueError("X_cand must have the columns of X")
    if not (length_scale > 0 and signal_var > 0 and noise_var >= 0 and xi >= 0):
        raise ValueError("bad hyper-parameters")

    def kern(P, Q):
        d2 = np.sum((P[:, None, :] - Q[None, :, :]) ** 2, axis=2)
        return signal_var * np.exp(-d2 / (2 * length_scale ** 2))

    K = kern(A0, A0) + (noise_var + 1e-10 * signal_var) * np.eye(len(A0))
    L = np.linalg.cholesky(K)
    alpha = np.linalg.solve(L.T, np.linalg.solve(L, yv))
    Ks = kern(A0, C)                                   # n × m
    mu = Ks.T @ alpha
    v = np.linalg.solve(L, Ks)
    var = signal_var - np.sum(v * v, axis=0)
    sd = np.where(var < 1e-8 * signal_var, 0.0, np.sqrt(np.maximum(var, 0.0)))
    imp = yv.min() - mu - xi
    ei = np.empty_like(mu)
    for i in range(len(mu)):
        if sd[i] == 0:
            ei[i] = max(0.0, imp[i])
        else:
            z = imp[i] / sd[i]
            ei[i] = imp[i] * 0.5 * math.erfc(-z / math.sqrt(2)) + sd[i] * math.exp(-0.5 * z * z) / math.sqrt(2 * math.pi)
    return mu, sd, ei, int(np.argmax(ei))
