import numpy as np


def relative_contrast(X, query):
    q = np.asarray(query, dtype=float)
    if len(X) == 0 or q.size == 0 or any(len(row) != q.size for row in X):
        raise ValueError("X and query must be non-empty with matching dimensions")
    d = np.sqrt(np.sum((np.asarray(X, dtype=float) - q) ** 2, axis=1))
    d_min, d_max = d.min(), d.max()
    if d_max == 0:
        raise ValueError("every point equals the query")
    return {"contrast": float("inf") if d_min == 0 else (d_max - d_min) / d_min, "minOverMax": d_min / d_max}
