import numpy as np


def _fit_tree(X, r, rows, max_depth, depth):
    """Least-squares regression tree on residuals r: midpoint thresholds, x <= t left, positive gain only."""
    m = len(rows)
    mean = r[rows].mean()
    node = {"value": mean}
    c = r[rows] - mean
    parent = (c ** 2).mean()
    if depth >= max_depth or m < 2 or parent <= 0:
        return node
    tol = 1e-12 * parent
    best = (-np.inf, -1, np.nan)
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
    g, f, t = best
    if f < 0 or g <= tol:
        return node
    node.update(feature=f, threshold=t, left=_fit_tree(X, r, rows[X[rows, f] <= t], max_depth, depth + 1),
                right=_fit_tree(X, r, rows[X[rows, f] > t], max_depth, depth + 1))
    return node


def _predict(node, x):
    while "feature" in node:
        node = node["left"] if x[node["feature"]] <= node["threshold"] else node["right"]
    return node["value"]


def gradient_boosting_regressor(X: list[list[float]], y: list[float], n_estimators: int, learning_rate: float,
                                max_depth: int, Xtest: list[list[float]]):
    if len(X) == 0 or len(X[0]) == 0:
        raise ValueError("X is empty")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if any(len(r) != X.shape[1] for r in Xtest) or len(y) != len(X) or not np.all(np.isfinite(y)):
        raise ValueError("bad data")
    if n_estimators < 0 or not (learning_rate > 0) or not np.isfinite(learning_rate) or max_depth < 1:
        raise ValueError("bad hyper-parameters")
    F = np.full(len(y), y.mean())
    pred = np.full(len(Xtest), y.mean())
    rows = np.arange(len(y))
    train_mse = []
    for _ in range(n_estimators):
        tree = _fit_tree(X, y - F, rows, max_depth, 0)     # fit the negative gradient of ½(y − F)²
        F += learning_rate * np.array([_predict(tree, x) for x in X])
        pred += learning_rate * np.array([_predict(tree, x) for x in Xtest])
        train_mse.append(float(((y - F) ** 2).mean()))
    return {"trainMse": train_mse, "predictions": pred}
