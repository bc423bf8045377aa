import numpy as np


def _gini(counts, n):
    return 1.0 - ((counts / np.maximum(n, 1)[..., None]) ** 2).sum(-1)


def _grow(X, onehot, rows, features, max_depth, min_leaf, depth):
    """A Gini CART tree on `rows` (duplicates count), splitting only on `features`."""
    m = len(rows)
    counts = onehot[rows].sum(0)
    node = {"proba": counts / m}
    parent = float(_gini(counts, np.array(m)))
    if (max_depth >= 0 and depth >= max_depth) or m < 2 or parent <= 0:
        return node
    tol = 1e-12 * parent
    best = (-np.inf, -1, np.nan)
    for f in sorted(features):
        idx = np.argsort(X[rows, f], kind="stable")
        v = X[rows, f][idx]
        left = np.cumsum(onehot[rows][idx], 0)[:-1]
        nl = np.arange(1, m)
        ok = (v[:-1] != v[1:]) & (nl >= min_leaf) & (m - nl >= min_leaf)   # equal values (bootstrap copies) stay together
        if not ok.any():
            continue
        gain = np.where(ok, parent - nl / m * _gini(left, nl) - (m - nl) / m * _gini(counts - left, m - nl), -np.inf)
        k = int(np.argmax(gain >= gain.max() - tol))
        if gain[k] > best[0] + tol:
            best = (gain[k], f, (v[k] + v[k + 1]) / 2)
    g, f, t = best
    if f < 0 or g <= tol:
        return node
    node.update(feature=f, threshold=t,
                left=_grow(X, onehot, rows[X[rows, f] <= t], features, max_depth, min_leaf, depth + 1),
                right=_grow(X, onehot, rows[X[rows, f] > t], features, max_depth, min_leaf, depth + 1))
    return node


def random_forest_classifier(X: list[list[float]], y: list[int], K: int, bootstrap: list[list[int]],
                             feature_subsets: list[list[int]] | None, max_depth: int, min_samples_leaf: int,
                             Xtest: list[list[float]]):
    if len(X) == 0 or len(X[0]) == 0:
        raise ValueError("X is empty")
    X = np.asarray(X, dtype=float)
    n, d = X.shape
    if any(len(r) != d for r in Xtest) or len(y) != n or K < 1 or any(not (0 <= v < K) for v in y):
        raise ValueError("bad data or labels")
    if len(bootstrap) == 0 or any(len(b) == 0 or any(not (0 <= i < n) for i in b) for b in bootstrap):
        raise ValueError("bootstrap samples must be non-empty lists of row indices")
    if feature_subsets is not None:
        if len(feature_subsets) != len(bootstrap):
            raise ValueError("one feature subset per tree")
        for s in feature_subsets:
            if len(s) == 0 or len(set(s)) != len(s) or any(not (0 <= f < d) for f in s):
                raise ValueError("bad feature subset")
    if max_depth < -1 or min_samples_leaf < 1:
        raise ValueError("bad stopping parameters")
    onehot = np.eye(K)[np.asarray(y, dtype=int)]
    trees = [_grow(X, onehot, np.asarray(rows), feature_subsets[m] if feature_subsets is not None else range(d),
                   max_depth, min_samples_leaf, 0) for m, rows in enumerate(bootstrap)]
    proba = []
    for x in Xtest:
        p = np.zeros(K)
        for node in trees:
            while "feature" in node:
                node = node["left"] if x[node["feature"]] <= node["threshold"] else node["right"]
            p += node["proba"]
        proba.append(p / len(trees))            # soft voting: average the leaf class proportions
    return {"labels": [int(np.argmax(p)) for p in proba], "proba": [p.tolist() for p in proba]}
