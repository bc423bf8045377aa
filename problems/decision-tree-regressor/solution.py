import numpy as np


def decision_tree_regressor(X: list[list[float]], y: list[float], max_depth: int, min_samples_split: int,
                            min_samples_leaf: int, Xtest: list[list[float]]):
    if len(X) == 0:
        raise ValueError("X is empty")
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[1] == 0:
        raise ValueError("X must be a non-empty matrix")
    d = X.shape[1]
    if any(len(r) != d for r in Xtest):
        raise ValueError("Xtest rows must have the width of X")
    y = np.asarray(y, dtype=float)
    if len(y) != len(X) or not np.all(np.isfinite(y)):
        raise ValueError("one finite target per row")
    if max_depth < -1 or min_samples_split < 2 or min_samples_leaf < 1:
        raise ValueError("bad stopping parameters")
    stats = {"depth": 0, "leaves": 0}

    def grow(rows, depth):
        stats["depth"] = max(stats["depth"], depth)
        m = len(rows)
        mean = y[rows].mean()
        node = {"value": float(mean)}
        c = y[rows] - mean                      # centre first: a large common offset must not cancel
        parent = float((c ** 2).mean())
        if (max_depth >= 0 and depth >= max_depth) or m < min_samples_split or parent <= 0:
            stats["leaves"] += 1
            return node
        tol = 1e-12 * parent
        best = (-np.inf, -1, np.nan)
        for f in range(d):
            idx = np.argsort(X[rows, f], kind="stable")
            v, cs = X[rows, f][idx], c[idx]
            s1, s2 = np.cumsum(cs)[:-1], np.cumsum(cs ** 2)[:-1]
            nl = np.arange(1, m)
            nr = m - nl
            ok = (v[:-1] != v[1:]) & (nl >= min_samples_leaf) & (nr >= min_samples_leaf)
            if not ok.any():
                continue
            sse = (s2 - s1 ** 2 / nl) + ((c ** 2).sum() - s2 - (c.sum() - s1) ** 2 / nr)
            gain = np.where(ok, parent - sse / m, -np.inf)
            k = int(np.argmax(gain >= gain.max() - tol))  # lowest threshold among ties
            if gain[k] > best[0] + tol:
                best = (gain[k], f, (v[k] + v[k + 1]) / 2)
        g, f, t = best
        if f < 0 or g <= tol:
            stats["leaves"] += 1
            return node
        node.update(feature=f, threshold=t,
                    left=grow(rows[X[rows, f] <= t], depth + 1), right=grow(rows[X[rows, f] > t], depth + 1))
        return node

    root = grow(np.arange(len(X)), 0)
    predictions = []
    for x in Xtest:
        node = root
        while "feature" in node:
            node = node["left"] if x[node["feature"]] <= node["threshold"] else node["right"]
        predictions.append(node["value"])
    return {"predictions": predictions, "depth": stats["depth"], "leaves": stats["leaves"]}
