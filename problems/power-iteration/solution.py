from typing import TypedDict

import numpy as np


class Eigenpair(TypedDict):
    eigenvalue: float
    eigenvector: list[float]


def power_iteration(A: list[list[float]], v0: list[float], iters: int) -> Eigenpair:
    """The unit vector after `iters` power-iteration steps from v0, and its Rayleigh quotient."""
    n = len(A)
    if n == 0 or any(len(r) != n for r in A) or len(v0) != n:
        raise ValueError('A must be square and match v0')
    M, v = np.asarray(A, dtype=float), np.asarray(v0, dtype=float)
    if not (np.isfinite(M).all() and np.isfinite(v).all()):
        raise ValueError('entries must be finite')
    if not (float(iters).is_integer() and iters >= 0):
        raise ValueError('iters must be a non-negative integer')
    if np.linalg.norm(v) == 0:
        raise ValueError('v0 must not be zero')
    v = v / np.linalg.norm(v)
    for _ in range(int(iters)):
        w = M @ v
        nw = np.linalg.norm(w)
        if nw == 0:
            raise ValueError('A v is zero')
        v = w / nw
    return {'eigenvalue': float(v @ M @ v), 'eigenvector': v.tolist()}
