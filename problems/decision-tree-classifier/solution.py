import numpy as np


def _impurity(counts, n, criterion):
    """Gini or entropy (bits) of class-count rows `counts` (… × K) with row totals n."""
    p = counts / np.maximum(n, 1)[..., None]
    if criterion == "gini":
        return 1.0 - (p ** 2).sum(-1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return -np.where(p > 0, p * np.log2(p), 0.0).sum(-1)


def decision_tree_classifier(X: list[list[float]], y: list[int], K: int, max_depth: int, min_samples_split: int,
                             min_samples_leaf: int, criterion: str, Xtest: list[list[float]]):
    if len(X) == 0:
        raise ValueError("X is empty")
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[1] == 0:
        raise ValueError("X must be a non-empty matrix")
    d = X.shape[1]
    if any(len(r) != d for r in Xtest):
        raise ValueError("Xtest rows must have the width of X")
    if len(y) != len(X) or K < 1 or any(not (0 <= v < K) or int(v) != v for v in y):
        raise ValueError("labels must be integers in [0, K)")
    if max_depth < -1 or min_samples_split < 2 or min_samples_leaf < 1:
        raise ValueError("bad stopping parameters")
    if criterion not in ("gini", "entropy"):
        raise ValueError("unknown criterion")
    y = np.asarray(y, dtype=int)
    onehot = np.eye(K)[y]
    stats = {"depth": 0, "leaves": 0}

    def grow(rows, depth):
        stats["depth"] = max(stats["depth"], depth)
        counts = onehot[rows].sum(0)
        m = len(rows)
        node = {"proba": counts / m}
        parent = float(_impurity(counts, np.array(m), criterion))
        if (max_depth >= 0 and depth >= max_depth) or m < min_samples_split or parent <= 0:
            stats["leaves"] += 1
            return node
        tol = 1e-12 * parent
        best = (-np.inf, -1, np.nan)
        for f in range(d):
            order = rows[np.argsort(X[rows, f], kind="stable")]
            v = X[order, f]
            left = np.cumsum(onehot[order], 0)[:-1]           # class counts of the first k+1 rows
            nl = np.arange(1, m)
            ok = (v[:-1] != v[1:]) & (nl >= min_samples_leaf) & (m - nl >= min_samples_leaf)
            if not ok.any():
                continue
            gain = parent - nl / m * _impurity(left, nl, criterion) - (m - nl) / m * _impurity(counts - left, m - nl, criterion)
            gain = np.where(ok, gain, -np.inf)
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
    proba = []
    for x in Xtest:
        node = root
        while "feature" in node:
            node = node["left"] if x[node["feature"]] <= node["threshold"] else node["right"]
        proba.append(node["proba"].tolist())
    labels = [int(np.argmax(p)) for p in proba]          # argmax picks the lowest class on ties
    return {"labels": labels, "proba": proba, "depth": stats["depth"], "leaves": stats["leaves"]}
