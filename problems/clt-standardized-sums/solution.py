import math

import numpy as np


def clt_standardize(samples, mu, sigma2):
    if len(samples) == 0:
        raise ValueError("no trials")
    n = len(samples[0])
    if n == 0 or any(len(r) != n for r in samples):
        raise ValueError("rows must hold the same, non-zero number of draws")
    S = np.asarray(samples, dtype=float)
    if not np.all(np.isfinite(S)):
        raise ValueError("draws must be finite")
    if not (math.isfinite(mu) and math.isfinite(sigma2) and sigma2 > 0):
        raise ValueError("mu must be finite and sigma2 a finite number > 0")
    z = (S.sum(axis=1) - n * mu) / math.sqrt(n * sigma2)
    running = np.cumsum(S[0]) / np.arange(1, n + 1)
    return {"z": z, "coverage95": float(np.mean(np.abs(z) <= 1.96)), "runningMean": running}
