import math

import numpy as np


def kde1d(data, query, h, kernel):
    if len(data) == 0:
        raise ValueError("data must not be empty")
    if not (math.isfinite(h) and h > 0):
        raise ValueError("the bandwidth must be a finite number > 0")
    if kernel not in ("gaussian", "epanechnikov", "uniform"):
        raise ValueError("unknown kernel")
    d = np.asarray(data, dtype=float)
    q = np.asarray(query, dtype=float)
    if not (np.all(np.isfinite(d)) and np.all(np.isfinite(q))):
        raise ValueError("data and query must be finite")
    if len(q) == 0:
        return []
    u = (q[:, None] - d[None, :]) / h
    if kernel == "gaussian":
        K = np.exp(-0.5 * u * u) / math.sqrt(2 * math.pi)
    elif kernel == "epanechnikov":
        K = np.where(np.abs(u) <= 1, 0.75 * (1 - u * u), 0.0)
    else:
        K = np.where(np.abs(u) <= 1, 0.5, 0.0)
    return K.sum(axis=1) / (len(d) * h)
