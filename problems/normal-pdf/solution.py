import math

import numpy as np


def normal_pdf(x, mu, sigma2):
    if not (math.isfinite(mu) and math.isfinite(sigma2) and sigma2 > 0):
        raise ValueError("mu must be finite and sigma2 a finite number > 0")
    a = np.asarray(x, dtype=float)
    if np.any(np.isnan(a)):
        raise ValueError("x must not contain NaN")
    with np.errstate(invalid="ignore", over="ignore"):
        log_pdf = -0.5 * math.log(2 * math.pi * sigma2) - (a - mu) ** 2 / (2 * sigma2)
    log_pdf = np.where(np.isinf(a), -np.inf, log_pdf)
    return {"pdf": np.exp(log_pdf), "logPdf": log_pdf}
