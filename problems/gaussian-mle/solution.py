import math

import numpy as np


def gaussian_mle(x):
    if len(x) == 0:
        raise ValueError("x must not be empty")
    a = np.asarray(x, dtype=float)
    if not np.all(np.isfinite(a)):
        raise ValueError("x must be finite")
    n = len(a)
    mu = float(a.mean())
    ss = float(np.sum((a - mu) ** 2))  # two passes: deviations from the mean
    sigma2 = ss / n
    return {"mu": mu, "sigma2": sigma2, "sigma2Unbiased": ss / (n - 1) if n > 1 else float("nan"),
            "logLik": -n / 2 * (math.log(2 * math.pi * sigma2) + 1) if sigma2 > 0 else float("inf")}
