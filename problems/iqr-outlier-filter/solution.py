import math
from typing import TypedDict

import numpy as np


class IqrResult(TypedDict):
    kept: list[int]
    fences: list[list[float]]


def iqr_filter(X: list[list[float]], k: float) -> IqrResult:
    """The rows with no value outside its column's Tukey fences, and the [lower, upper] fences per column."""
    if not X:
        raise ValueError('X must have at least one row')
    p = len(X[0])
    if p == 0 or any(len(r) != p for r in X):
        raise ValueError('X must be n x p')
    if not (k >= 0 and math.isfinite(k)):
        raise ValueError('k must be a finite number >= 0')
    A = np.asarray(X, dtype=float)
    if np.isinf(A).any():
        raise ValueError('values must be finite or NaN')
    fences = []
    for j in range(p):
        col = A[:, j][~np.isnan(A[:, j])]
        if col.size == 0:
            fences.append([math.nan, math.nan])
            continue
        q1, q3 = np.quantile(col, [0.25, 0.75])  # linear interpolation, numpy's default
        fences.append([float(q1 - k * (q3 - q1)), float(q3 + k * (q3 - q1))])
    F = np.asarray(fences)
    with np.errstate(invalid='ignore'):
        outside = (A < F[:, 0]) | (A > F[:, 1])  # NaN compares False: never an outlier
    return {'kept': np.flatnonzero(~outside.any(axis=1)).tolist(), 'fences': fences}
