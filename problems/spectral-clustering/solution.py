import numpy as np


def spectral_clustering(X: list[list[float]], sigma: float, k: int, init_idx: list[int]):
    if len(X) == 0 or len(X[0]) == 0 or any(len(r) != len(X[0]) for r in X):
        raise ValueError("X must be a non-empty matrix")
    X = np.asarray(X, dtype=float)
    n = len(X)
    if not np.all(np.isfinite(X)) or not (sigma > 0) or not np.isfinite(sigma):
        raise ValueError("bad inputs")
    if not (1 <= k <= n) or len(init_idx) != k or any(not (0 <= i < n) for i in init_idx):
        raise ValueError("bad k or init_idx")
    W = np.exp(-((X[:, None, :] - X[None, :, :]) ** 2).sum(-1) / (2 * sigma ** 2))
    np.fill_diagonal(W, 0.0)
    deg = W.sum(1)
    if np.any(deg == 0):
        raise ValueError("an isolated point: sigma is too small")
    L = np.diag(deg) - W
    values, vectors = np.linalg.eigh(L)              # ascending: the smooth eigenvectors come first
    U = vectors[:, :k]
    C = U[list(init_idx)].copy()
    labels = None
    for _ in range(300):
        new = ((U[:, None, :] - C[None, :, :]) ** 2).sum(-1).argmin(1)
        if labels is not None and np.array_equal(new, labels):
            break
        labels = new
        C = np.array([U[labels == j].mean(0) if np.any(labels == j) else C[j] for j in range(k)])
    return {"eigenvalues": values[:k], "labels": labels}
