import numpy as np


def partial_dependence(X, w, b, feature, grid):
    A, w = np.asarray(X, dtype=float), np.asarray(w, dtype=float)
    if A.ndim != 2 or len(A) == 0 or w.size == 0 or A.shape[1] != w.size:
        raise ValueError("X must be n×p with one weight per feature")
    if not (0 <= feature < w.size) or int(feature) != feature:
        raise ValueError("feature must be a column index")
    if not (np.all(np.isfinite(A)) and np.all(np.isfinite(w)) and np.isfinite(b) and np.all(np.isfinite(grid))):
        raise ValueError("non-finite input")
    out = []
    for v in grid:
        Z = A.copy()
        Z[:, feature] = v                       # every row gets the grid value
        out.append(np.mean(1 / (1 + np.exp(-(Z @ w + b)))))
    return out
