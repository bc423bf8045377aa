import numpy as np


def _impurity(v, criterion):
    if criterion == "mse":
        return float(((v - v.mean()) ** 2).mean())
    return float(np.abs(v - np.median(v)).mean())   # the median minimises the absolute error


def best_regression_split(X: list[list[float]], y: list[float], criterion: str, min_samples_leaf: int):
    if len(X) == 0:
        raise ValueError("X is empty")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or len(y) != len(X) or not np.all(np.isfinite(y)):
        raise ValueError("one finite target per row of a rectangular X")
    if min_samples_leaf < 1 or int(min_samples_leaf) != min_samples_leaf:
        raise ValueError("min_samples_leaf must be an integer >= 1")
    if criterion not in ("mse", "mae"):
        raise ValueError("unknown criterion")
    n = len(y)
    parent = _impurity(y, criterion)
    tol = 1e-12 * parent
    best, bf, bt = np.inf, -1, np.nan
    for f in range(X.shape[1]):
        order = np.argsort(X[:, f], kind="stable")
        v, ys = X[order, f], y[order]
        for k in range(n - 1):
            nl = k + 1
            if v[k] == v[k + 1] or nl < min_samples_leaf or n - nl < min_samples_leaf:
                continue
            child = nl / n * _impurity(ys[:nl], criterion) + (n - nl) / n * _impurity(ys[nl:], criterion)
            if child < best - tol:
                best, bf, bt = child, f, (v[k] + v[k + 1]) / 2
    if bf < 0 or parent - best <= tol:
        return {"feature": -1, "threshold": float("nan"), "childImpurity": parent, "parentImpurity": parent}
    return {"feature": bf, "threshold": float(bt), "childImpurity": float(best), "parentImpurity": parent}
