import math

import numpy as np


def impurity(counts, criterion):
    m = counts.sum()
    if m == 0:
        return 0.0
    p = counts[counts > 0] / m
    if criterion == 'gini':
        return 1.0 - float((p * p).sum())
    return float(-(p * np.log2(p)).sum())


def best_split(X, y, criterion, min_samples_leaf):
    if len(X) == 0 or len(y) != len(X) or len({len(row) for row in X}) != 1:
        raise ValueError('X must be a non-empty matrix with one label per row')
    if not (isinstance(min_samples_leaf, int) and min_samples_leaf >= 1):
        raise ValueError('min_samples_leaf must be an integer >= 1')
    if criterion not in ('gini', 'entropy'):
        raise ValueError('criterion must be gini or entropy')
    X = np.asarray(X, dtype=float)
    classes, labels = np.unique(np.asarray(y, dtype=float), return_inverse=True)
    n, d = X.shape
    total = np.bincount(labels, minlength=len(classes)).astype(float)
    parent = impurity(total, criterion)
    found = []
    for f in range(d):
        order = np.argsort(X[:, f], kind='stable')
        values = X[order, f]
        left = np.zeros(len(classes))
        for p in range(n - 1):
            left[labels[order[p]]] += 1
            if values[p] == values[p + 1]:
                continue
            nl, nr = p + 1, n - p - 1
            if nl < min_samples_leaf or nr < min_samples_leaf:
                continue
            gain = parent - nl / n * impurity(left, criterion) - nr / n * impurity(total - left, criterion)
            found.append((f, (values[p] + values[p + 1]) / 2, gain))
    top = max((g for _, _, g in found), default=-math.inf)
    if top <= 1e-12:
        return {"feature": -1, "threshold": math.nan, "gain": 0.0}
    f, t, g = next(c for c in found if c[2] >= top - 1e-12)
    return {"feature": f, "threshold": t, "gain": g}
