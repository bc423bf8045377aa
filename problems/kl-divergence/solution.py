import numpy as np


def kl_divergence(P, Q):
    if len(P) != len(Q):
        raise ValueError('P and Q must have the same shape')
    if len(P) == 0:
        return []
    k = len(P[0])
    if any(len(row) != k for row in list(P) + list(Q)):
        raise ValueError('P and Q must have the same shape')
    P = np.asarray(P, dtype=float)
    Q = np.asarray(Q, dtype=float)
    for M in (P, Q):
        if np.any(np.isnan(M)) or np.any(M < 0) or np.any(np.abs(M.sum(axis=1) - 1) > 1e-6):
            raise ValueError('every row must be a probability distribution')
    with np.errstate(divide='ignore', invalid='ignore'):
        terms = np.where(P > 0, P * np.log(P / Q), 0.0)  # P > 0, Q = 0 gives inf
    return terms.sum(axis=1)
