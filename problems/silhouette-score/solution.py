import numpy as np


def silhouette(X: list[list[float]], labels: list[int]):
    if len(X) == 0 or len(X[0]) == 0 or any(len(r) != len(X[0]) for r in X):
        raise ValueError("X must be a non-empty matrix")
    if len(labels) != len(X) or any(int(l) != l for l in labels):
        raise ValueError("one integer label per row")
    X = np.asarray(X, dtype=float)
    lab = np.asarray(labels)
    ids = np.unique(lab)
    n = len(X)
    if not (2 <= len(ids) <= n - 1):
        raise ValueError("the number of clusters must be between 2 and n - 1")
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(-1))
    s = np.zeros(n)
    for i in range(n):
        own = lab == lab[i]
        if own.sum() == 1:
            continue                                   # a singleton scores 0
        a = D[i, own].sum() / (own.sum() - 1)           # the point's own zero distance is not an "other" member
        b = min(D[i, lab == c].mean() for c in ids if c != lab[i])
        m = max(a, b)
        s[i] = 0.0 if m == 0 else (b - a) / m
    return {"mean": float(s.mean()), "samples": s}
