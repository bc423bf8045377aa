import numpy as np


def calinski_harabasz(X: list[list[float]], labels: list[int]) -> float:
    if len(X) == 0 or len(X[0]) == 0 or any(len(r) != len(X[0]) for r in X):
        raise ValueError("X must be a non-empty matrix")
    if len(labels) != len(X) or any(int(l) != l for l in labels):
        raise ValueError("one integer label per row")
    X = np.asarray(X, dtype=float)
    lab = np.asarray(labels)
    ids = np.unique(lab)
    n, k = len(X), len(ids)
    if not (2 <= k <= n - 1):
        raise ValueError("the number of clusters must be between 2 and n - 1")
    c = X.mean(0)
    between = within = 0.0
    for j in ids:
        Xj = X[lab == j]
        cj = Xj.mean(0)
        between += len(Xj) * ((cj - c) ** 2).sum()     # each centre counts once per point it holds
        within += ((Xj - cj) ** 2).sum()
    return 1.0 if within == 0 else float((between / (k - 1)) / (within / (n - k)))
