import numpy as np


def info_nce(A, B, tau):
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    if A.ndim != 2 or A.shape[0] == 0 or A.shape[1] == 0 or A.shape != B.shape:
        raise ValueError("A and B must be non-empty N×d matrices of the same shape")
    if not (0 < tau < np.inf):
        raise ValueError("tau must be > 0")
    unit = lambda X: X / np.maximum(np.linalg.norm(X, axis=1, keepdims=True), 1e-12)
    S = unit(A) @ unit(B).T / tau
    m = S.max(axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(S - m).sum(axis=1))
    return float(np.mean(lse - np.diag(S)))
