# expect: wrong_answer
# mistake: returns the exact largest singular value (np.linalg.norm(W, 2)) instead of the estimate after `iters` power-iteration steps
# caught-by: a single iteration
import numpy as np


def spectral_norm(W, u0, iters):
    A = np.asarray(W, dtype=float)
    v = np.asarray(u0, dtype=float)
    if A.ndim != 2 or A.size == 0 or v.shape != (A.shape[1],):
        raise ValueError("W must be m×n and u0 of length n")
    if not (np.all(np.isfinite(A)) and np.all(np.isfinite(v))) or iters < 0:
        raise ValueError("inputs must be finite and iters >= 0")
    return float(np.linalg.norm(A, 2))   # the exact largest singular value
