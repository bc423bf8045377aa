# expect: wrong_answer
# mistake: divides the improvement by the posterior variance instead of the standard deviation in Z and uses it in EI
# caught-by: random 2
import math

import numpy as np


def gp_expected_improvement(X, y, X_cand, length_scale, signal_var, noise_var, xi):
    A0, yv, C = np.asarray(X, dtype=float), np.asarray(y, dtype=float), np.asarray(X_cand, dtype=float)
    if A0.ndim != 2 or len(A0) == 0 or len(yv) != len(A0) or C.ndim != 2 or C.shape[1] != A0.shape[1]:
        raise ValueError("bad shapes")
    if not (length_scale > 0 and signal_var > 0 and noise_var >= 0 and xi >= 0):
        raise ValueError("bad hyper-parameters")
    kern = lambda P, Q: signal_var * np.exp(-np.sum((P[:, None] - Q[None]) ** 2, axis=2) / (2 * length_scale ** 2))
    L = np.linalg.cholesky(kern(A0, A0) + (noise_var + 1e-10 * signal_var) * np.eye(len(A0)))
    Ks = kern(A0, C)
    mu = Ks.T @ np.linalg.solve(L.T, np.linalg.solve(L, yv))
    v = np.linalg.solve(L, Ks)
    var = signal_var - np.sum(v * v, axis=0)
    var = np.where(var < 1e-8 * signal_var, 0.0, var)
    sd = np.sqrt(var)
    imp = yv.min() - mu - xi
    ei = np.array([max(0.0, im) if s2 == 0 else im * 0.5 * math.erfc(-(im / s2) / math.sqrt(2)) + s2 * math.exp(-0.5 * (im / s2) ** 2) / math.sqrt(2 * math.pi)
                   for im, s2 in zip(imp, var)])
    return mu, sd, ei, int(np.argmax(ei))
