import numpy as np


def nt_xent(Z, tau):
    Z = np.asarray(Z, dtype=float)
    if Z.ndim != 2 or Z.shape[0] == 0 or Z.shape[0] % 2 or Z.shape[1] == 0:
        raise ValueError("Z must have an even, positive number of rows")
    if not (0 < tau < np.inf):
        raise ValueError("tau must be > 0")
    M = Z.shape[0]
    U = Z / np.maximum(np.linalg.norm(Z, axis=1, keepdims=True), 1e-12)
    S = U @ U.T / tau
    np.fill_diagonal(S, -np.inf)                      # an anchor is never its own negative
    pos = (np.arange(M) + M // 2) % M
    m = S.max(axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(S - m).sum(axis=1))
    return float(np.mean(lse - S[np.arange(M), pos]))
