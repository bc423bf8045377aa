import math

import numpy as np


def gaussian_elbo(x, sigma2, m, s2):
    if not (math.isfinite(sigma2) and math.isfinite(s2) and sigma2 > 0 and s2 > 0):
        raise ValueError("sigma2 and s2 must be finite and > 0")
    a = np.asarray(x, dtype=float)
    if not math.isfinite(m) or not np.all(np.isfinite(a)):
        raise ValueError("m and x must be finite")
    n = len(a)
    expected = float(np.sum(-0.5 * math.log(2 * math.pi * sigma2) - ((a - m) ** 2 + s2) / (2 * sigma2)))
    kl = 0.5 * (s2 + m * m - 1 - math.log(s2))
    elbo = expected - kl
    s, ss = float(a.sum()), float(a @ a)
    log_det = (n - 1) * math.log(sigma2) + math.log(sigma2 + n)
    quad = (ss - s * s / (sigma2 + n)) / sigma2
    log_ev = -0.5 * (n * math.log(2 * math.pi) + log_det + quad)
    return {"elbo": elbo, "logEvidence": log_ev, "gap": log_ev - elbo}
