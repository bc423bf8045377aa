import numpy as np


def _sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def _fit_tree(X, r, rows, max_depth, depth, leaves):
    """Least-squares tree structure on r; each leaf gets an id (its value is set to a Newton step later)."""
    m = len(rows)
    c = r[rows] - r[rows].mean()
    parent = (c ** 2).mean()
    best = (-np.inf, -1, np.nan)
    if depth < max_depth and m >= 2 and parent > 0:
        tol = 1e-12 * parent
        for f in range(X.shape[1]):
            idx = np.argsort(X[rows, f], kind="stable")
            v, cs = X[rows, f][idx], c[idx]
            s1, s2 = np.cumsum(cs)[:-1], np.cumsum(cs ** 2)[:-1]
            nl = np.arange(1, m)
            nr = m - nl
            ok = v[:-1] != v[1:]
            if not ok.any():
                continue
            sse = (s2 - s1 ** 2 / nl) + ((c ** 2).sum() - s2 - (c.sum() - s1) ** 2 / nr)
            gain = np.where(ok, parent - sse / m, -np.inf)
            k = int(np.argmax(gain >= gain.max() - tol))
            if gain[k] > best[0] + tol:
                best = (gain[k], f, (v[k] + v[k + 1]) / 2)
        if best[0] <= tol:
            best = (-np.inf, -1, np.nan)
    g, f, t = best
    if f < 0:
        leaves.append(rows)
        return {"leaf": len(leaves) - 1}
    return {"feature": f, "threshold": t, "left": _fit_tree(X, r, rows[X[rows, f] <= t], max_depth, depth + 1, leaves),
            "right": _fit_tree(X, r, rows[X[rows, f] > t], max_depth, depth + 1, leaves)}


def _leaf(node, x):
    while "feature" in node:
        node = node["left"] if x[node["feature"]] <= node["threshold"] else node["right"]
    return node["leaf"]


def gradient_boosting_classifier(X: list[list[float]], y: list[int], n_estimators: int, learning_rate: float,
                                 max_depth: int, Xtest: list[list[float]]):
    if len(X) == 0 or len(X[0]) == 0:
        raise ValueError("X is empty")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if any(len(r) != X.shape[1] for r in Xtest) or len(y) != len(X) or not np.all((y == 0) | (y == 1)):
        raise ValueError("labels must be 0 or 1, one per row")
    if n_estimators < 0 or not (learning_rate > 0) or not np.isfinite(learning_rate) or max_depth < 1:
        raise ValueError("bad hyper-parameters")
    pos = y.sum()
    if pos == 0 or pos == len(y):
        raise ValueError("both classes must be present")
    F = np.full(len(y), np.log(pos / (len(y) - pos)))
    Ft = np.full(len(Xtest), F[0])
    for _ in range(n_estimators):
        p = _sigmoid(F)
        r = y - p
        leaves = []
        tree = _fit_tree(X, r, np.arange(len(y)), max_depth, 0, leaves)
        gamma = []
        for rows in leaves:
            den = (p[rows] * (1 - p[rows])).sum()
            gamma.append(0.0 if den < 1e-150 else r[rows].sum() / den)   # one Newton step per leaf
        F += learning_rate * np.array([gamma[_leaf(tree, x)] for x in X])
        Ft += learning_rate * np.array([gamma[_leaf(tree, x)] for x in Xtest])
    proba = _sigmoid(Ft)
    return {"proba": proba, "labels": (proba > 0.5).astype(int)}
