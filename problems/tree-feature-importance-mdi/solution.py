import numpy as np


def mdi_importance(children_left: list[int], children_right: list[int], feature: list[int], impurity: list[float],
                   n_samples: list[float], n_features: int):
    m = len(children_left)
    if m == 0 or any(len(a) != m for a in (children_right, feature, impurity, n_samples)):
        raise ValueError("the node arrays must be non-empty and of one length")
    if n_features < 1 or int(n_features) != n_features:
        raise ValueError("n_features must be a positive integer")
    imp = np.asarray(impurity, dtype=float)
    w = np.asarray(n_samples, dtype=float)
    if not (np.all(np.isfinite(imp)) and np.all(imp >= 0) and np.all(np.isfinite(w)) and np.all(w > 0)):
        raise ValueError("impurities must be >= 0 and sample counts > 0")
    has_parent = [False] * m
    has_parent[0] = True
    out = np.zeros(int(n_features))
    for t in range(m):
        left, right = children_left[t], children_right[t]
        if left == -1 and right == -1:
            continue
        if left == -1 or right == -1:
            raise ValueError(f"node {t} has one child")
        for c in (left, right):
            if not (0 <= c < m) or has_parent[c]:
                raise ValueError(f"node {t} has an invalid child")
            has_parent[c] = True
        f = feature[t]
        if not (0 <= f < n_features):
            raise ValueError(f"node {t} splits on a feature out of range")
        out[f] += w[t] * imp[t] - w[left] * imp[left] - w[right] * imp[right]   # weighted impurity decrease
    total = out.sum()
    return out / total if total > 0 else np.zeros(int(n_features))
