# expect: wrong_answer
# mistake: uses np.var(x, ddof=1) for the maximum-likelihood variance, which divides by n - 1
# caught-by: five measurements
import math

import numpy as np


def gaussian_mle(x):
    if len(x) == 0:
        raise ValueError("empty")
    a = np.asarray(x, dtype=float)
    if not np.all(np.isfinite(a)):
        raise ValueError("non-finite")
    n = len(a)
    s2 = float(np.var(a, ddof=1)) if n > 1 else 0.0
    return {"mu": float(a.mean()), "sigma2": s2, "sigma2Unbiased": s2 if n > 1 else float("nan"),
            "logLik": -n / 2 * (math.log(2 * math.pi * s2) + 1) if s2 > 0 else float("inf")}
