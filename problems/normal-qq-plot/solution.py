import math
import statistics

import numpy as np


def normal_qq(x):
    n = len(x)
    if n == 0 or any(not math.isfinite(v) for v in x):
        raise ValueError("x must be a non-empty finite array")
    m = [(i - 0.3175) / (n + 0.365) for i in range(1, n + 1)]
    m[-1] = 0.5 ** (1 / n)
    m[0] = 1 - m[-1]
    inv = statistics.NormalDist().inv_cdf  # Wichura's AS241, accurate to ~1e-16
    osm = np.array([inv(p) for p in m])
    osr = np.sort(np.asarray(x, dtype=float))
    if n == 1:
        return [osm.tolist(), osr.tolist(), [float("nan")] * 3]
    dx, dy = osm - osm.mean(), osr - osr.mean()
    sxx, sxy, syy = float(dx @ dx), float(dx @ dy), float(dy @ dy)
    slope = sxy / sxx
    r = float("nan") if syy == 0 else max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))
    return [osm.tolist(), osr.tolist(), [slope, float(osr.mean() - slope * osm.mean()), r]]
