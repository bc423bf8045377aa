import math
from typing import TypedDict

import numpy as np


class Selection(TypedDict):
    scores: list[float]
    selected: list[int]


def select_k_best_f(X: list[list[float]], y: list[float], k: int) -> Selection:
    """The ANOVA F-score of every feature and the indices of the k best (scikit-learn's SelectKBest rule)."""
    n = len(X)
    if n == 0 or len(y) != n:
        raise ValueError('X needs rows and one label per row')
    p = len(X[0])
    if p == 0 or any(len(r) != p for r in X):
        raise ValueError('X must be n x p')
    A = np.asarray(X, dtype=float)
    if not np.isfinite(A).all():
        raise ValueError('values must be finite')
    if not (float(k).is_integer() and 0 <= k <= p):
        raise ValueError('k must be an integer in [0, p]')
    labels = np.asarray(y)
    classes = np.unique(labels)
    K = len(classes)
    if K < 2 or n <= K:
        raise ValueError('need at least two classes and more rows than classes')
    grand = A.mean(axis=0)
    ssb = np.zeros(p)
    ssw = np.zeros(p)
    for c in classes:
        rows = A[labels == c]
        mean = rows.mean(axis=0)
        ssb += len(rows) * (mean - grand) ** 2
        ssw += ((rows - mean) ** 2).sum(axis=0)
    with np.errstate(divide='ignore', invalid='ignore'):
        scores = (ssb / (K - 1)) / (ssw / (n - K))
    key = np.where(np.isnan(scores), -1.0, scores)  # NaN ranks lowest
    order = np.argsort(key, kind='stable')  # ties keep index order, so the higher index comes last
    selected = sorted(order[p - int(k):].tolist()) if k > 0 else []
    return {'scores': scores.tolist(), 'selected': selected}
