import numpy as np


def spectral_norm(W, u0, iters):
    A = np.asarray(W, dtype=float)
    v = np.asarray(u0, dtype=float)
    if A.ndim != 2 or A.size == 0 or v.shape != (A.shape[1],):
        raise ValueError("W must be m×n and u0 of length n")
    if not (np.all(np.isfinite(A)) and np.all(np.isfinite(v))) or iters < 0:
        raise ValueError("inputs must be finite and iters >= 0")
    length = np.linalg.norm(v)
    if length == 0:
        raise ValueError("u0 must not be zero")
    v = v / length
    for _ in range(iters):
        z = A.T @ (A @ v)
        length = np.linalg.norm(z)
        if length == 0:
            return 0.0
        v = z / length
    return float(np.linalg.norm(A @ v))
