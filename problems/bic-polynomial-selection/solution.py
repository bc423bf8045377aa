import math

import numpy as np


def bic_poly_select(x, y, max_degree):
    n = len(x)
    if n == 0 or len(y) != n:
        raise ValueError("x and y need the same, non-zero length")
    if not isinstance(max_degree, int) or max_degree < 0:
        raise ValueError("max_degree must be a non-negative integer")
    xx, yy = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if not (np.all(np.isfinite(xx)) and np.all(np.isfinite(yy))):
        raise ValueError("x and y must be finite")
    half = (xx.max() - xx.min()) / 2
    z = (xx - (xx.max() + xx.min()) / 2) / (half if half > 0 else 1.0)  # BIC does not depend on this rescaling
    bic = []
    for d in range(max_degree + 1):
        k = d + 2
        if n <= k:
            bic.append(float("inf"))
            continue
        V = np.vander(z, d + 1, increasing=True)
        coef = np.linalg.lstsq(V, yy, rcond=None)[0]
        rss = float(np.sum((yy - V @ coef) ** 2))
        bic.append(k * math.log(n) + n * (math.log(2 * math.pi * rss / n) + 1))
    return {"bic": bic, "bestDegree": int(np.argmin(bic))}
