import math
from typing import TypedDict

import numpy as np


class Correlations(TypedDict):
    corr: list[list[float]]
    pairs: list[list[int]]


def correlation_pairs(X: list[list[float]], threshold: float) -> Correlations:
    """The Pearson correlation matrix of the columns and the pairs a < b with |r| above the threshold."""
    if not X:
        raise ValueError('X must have at least one row')
    p = len(X[0])
    if p == 0 or any(len(r) != p for r in X):
        raise ValueError('X must be n x p')
    A = np.asarray(X, dtype=float)
    if not np.isfinite(A).all():
        raise ValueError('values must be finite')
    if not 0 <= threshold < 1:
        raise ValueError('threshold must lie in [0, 1)')
    C = A - A.mean(axis=0)
    norms = np.sqrt((C * C).sum(axis=0))
    with np.errstate(invalid='ignore', divide='ignore'):
        corr = np.clip((C.T @ C) / np.outer(norms, norms), -1.0, 1.0)
    constant = norms == 0
    corr[constant, :] = math.nan
    corr[:, constant] = math.nan
    idx = np.flatnonzero(~constant)
    corr[idx, idx] = 1.0
    pairs = [[a, b] for a in range(p) for b in range(a + 1, p) if abs(corr[a, b]) > threshold]
    return {'corr': corr.tolist(), 'pairs': pairs}
