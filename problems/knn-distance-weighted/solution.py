import numpy as np


def knn_weighted(Xtrain: list[list[float]], y_train: list[float], Xtest: list[list[float]], k: int):
    if len(Xtrain) == 0 or len(Xtrain[0]) == 0:
        raise ValueError("Xtrain is empty")
    d = len(Xtrain[0])
    if any(len(r) != d for r in list(Xtrain) + list(Xtest)) or len(y_train) != len(Xtrain):
        raise ValueError("bad shapes")
    X = np.asarray(Xtrain, dtype=float)
    Xt = np.asarray(Xtest, dtype=float).reshape(len(Xtest), d)
    if not (np.all(np.isfinite(X)) and np.all(np.isfinite(Xt)) and np.all(np.isfinite(y_train))):
        raise ValueError("values must be finite")
    if k < 1:
        raise ValueError("k must be a positive integer")
    y = np.asarray(y_train, dtype=float)
    classes = np.unique(y)
    proba = np.zeros((len(Xt), len(classes)))
    for j, x in enumerate(Xt):
        dist = np.sqrt(((X - x) ** 2).sum(1))
        nb = np.argsort(dist, kind="stable")[:min(k, len(X))]   # stable: equal distances keep the lower index
        zero = nb[dist[nb] == 0]
        if len(zero):
            voters, weights = zero, np.ones(len(zero))          # exact matches take over
        else:
            voters, weights = nb, 1 / dist[nb]
        for c_idx, c in enumerate(classes):
            proba[j, c_idx] = weights[y[voters] == c].sum()
        proba[j] /= proba[j].sum()
    return {"classes": classes, "proba": proba, "pred": classes[proba.argmax(1)] if len(Xt) else np.zeros(0)}
