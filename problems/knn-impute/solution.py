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
    Z = np.where(obs, A, 0.0)
    O = obs.astype(float)
    common = O @ O.T                                         # coordinates observed in both rows
    # Σ over shared coordinates of (a − b)², then scaled by p / |shared| (nan-Euclidean)
    sq = (Z ** 2) @ O.T + O @ (Z ** 2).T - 2 * Z @ Z.T
    with np.errstate(divide="ignore", invalid="ignore"):
        D = np.sqrt(np.maximum(sq, 0) * p / common)
    col_mean = np.array([A[obs[:, j], j].mean() if obs[:, j].any() else np.nan for j in range(p)])
    out = A.copy()                                           # imputed values never feed back into the search
    for i, j in zip(*np.nonzero(~obs)):
        ok = obs[:, j] & (common[i] > 0)
        ok[i] = False
        donors = np.nonzero(ok)[0]
        if len(donors) == 0:
            out[i, j] = col_mean[j]
            continue
        order = donors[np.lexsort((donors, D[i, donors]))][:k]   # by distance, then lower row index
        out[i, j] = A[order, j].mean()
    return out
