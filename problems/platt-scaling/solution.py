import math

import numpy as np


def platt_scaling(f, y):
    n = len(f)
    if n == 0 or len(y) != n:
        raise ValueError("f and y need the same, non-zero length")
    if any(v not in (0, 1) for v in y):
        raise ValueError("labels must be 0 or 1")
    if any(not math.isfinite(v) for v in f):
        raise ValueError("decision values must be finite")
    f = np.asarray(f, dtype=float)
    y = np.asarray(y, dtype=float)
    n_pos = y.sum()
    n_neg = n - n_pos
    t = np.where(y == 1, (n_pos + 1) / (n_pos + 2), 1 / (n_neg + 2))
    if np.all(f == f[0]):
        m = t.mean()
        return [0.0, math.log((1 - m) / m)]

    def objective(a, b):
        z = a * f + b
        return float(np.sum(np.logaddexp(0, z) - (1 - t) * z))

    a, b = 0.0, math.log((n_neg + 1) / (n_pos + 1))
    value = objective(a, b)
    for _ in range(100):
        p = np.exp(-np.logaddexp(0, a * f + b))  # 1 / (1 + e^z) without overflow
        w = p * (1 - p)
        g = np.array([np.sum(f * (t - p)), np.sum(t - p)])
        h = np.array([[np.sum(f * f * w), np.sum(f * w)], [np.sum(f * w), np.sum(w)]])
        step = -np.linalg.solve(h, g)
        slope = g @ step
        if -slope <= 1e-14 * abs(value):
            a, b = a + step[0], b + step[1]
            break
        s = 1.0
        while s >= 1e-12:
            cand = objective(a + s * step[0], b + s * step[1])
            if cand <= value + 1e-4 * s * slope:
                a, b, value = a + s * step[0], b + s * step[1], cand
                break
            s /= 2
        else:
            break
    return [float(a), float(b)]
