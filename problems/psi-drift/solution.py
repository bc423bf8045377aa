import math

import numpy as np


def psi(expected, actual, buckets):
    if len(expected) == 0 or len(actual) == 0:
        raise ValueError('both samples must be non-empty')
    if not (isinstance(buckets, int) and buckets > 0):
        raise ValueError('buckets must be a positive integer')
    e, a = np.asarray(expected, dtype=float), np.asarray(actual, dtype=float)
    lo, hi = min(e.min(), a.min()), max(e.max(), a.max())
    if lo == hi:
        p = np.full(buckets, 1e-10)
        p[0] = 1 + 1e-10
        return {"psi": 0.0, "level": 0, "expectedPct": p, "actualPct": p.copy()}
    edges = np.linspace(lo, hi, buckets + 1)

    def proportions(x):
        bins = np.searchsorted(edges[1:-1], x, side='right')  # an interior edge belongs to the bin on its right
        return np.bincount(bins, minlength=buckets) / len(x) + 1e-10

    E, A = proportions(e), proportions(a)
    total = float(np.sum((A - E) * np.log(A / E)))
    level = 2 if total >= 0.25 else 1 if total >= 0.1 else 0
    return {"psi": total, "level": level, "expectedPct": E, "actualPct": A}
