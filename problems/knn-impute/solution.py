import numpy as np


def knn_impute(X: list[list[float]], k: int):
    if len(X) == 0 or len(X[0]) == 0 or any(len(r) != len(X[0]) for r in X):
        raise ValueError("X must be a non-empty matrix")
    A = np.asarray(X, dtype=float)
    if np.any(np.isinf(A)):
        raise ValueError("values must be finite or NaN")
    if k < 1:
        raise ValueError("k must be a positive integer")
    n, p = A.shape
    obs = ~np.isnan(A)
    col_mean = np.array([A[obs[:, j], j].mean() if obs[:, j].any() else np.nan for j in range(p)])
    out = A.copy()                                           # imputed values never feed back into the search
    for i, j in zip(*np.nonzero(~obs)):
        cand = []
        for l in range(n):
            if l == i or not obs[l, j]:
                continue
            common = obs[i] & obs[l]
            if not common.any():
                continue
            dist = np.sqrt(p / common.sum() * ((A[i, common] - A[l, common]) ** 2).sum())
            cand.append((dist, l))
        cand.sort()                                          # by distance, then lower row index
        donors = [l for _, l in cand[:k]]
        out[i, j] = A[donors, j].mean() if donors else col_mean[j]
    return out
