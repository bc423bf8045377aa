from collections import deque

import numpy as np


def dbscan(X, eps, min_pts):
    if not eps >= 0:
        raise ValueError('eps must be >= 0')
    if not (isinstance(min_pts, int) and min_pts >= 1):
        raise ValueError('min_pts must be a positive integer')
    n = len(X)
    if n == 0:
        return []
    if len({len(row) for row in X}) != 1:
        raise ValueError('rows of X must have the same length')
    P = np.asarray(X, dtype=float)
    neighbours = [np.flatnonzero(np.sqrt(((P - P[p]) ** 2).sum(axis=1)) <= eps) for p in range(n)]
    labels = [None] * n
    cluster = 0
    for p in range(n):
        if labels[p] is not None:
            continue
        if len(neighbours[p]) < min_pts:
            labels[p] = -1
            continue
        labels[p] = cluster
        queue = deque(neighbours[p].tolist())
        while queue:
            q = queue.popleft()
            if labels[q] == -1:
                labels[q] = cluster  # a border point joins the first cluster that reaches it
            if labels[q] is not None:
                continue
            labels[q] = cluster
            if len(neighbours[q]) >= min_pts:
                queue.extend(neighbours[q].tolist())
        cluster += 1
    return labels
