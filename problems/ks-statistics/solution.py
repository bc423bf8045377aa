import math

import numpy as np


def phi(z):
    return 0.5 * math.erfc(-z / math.sqrt(2))


def q_series(lam):
    if lam < 0.2:
        return 1.0
    total, k = 0.0, 1
    while True:
        term = 2 * math.exp(-2 * k * k * lam * lam)
        total += term if k % 2 else -term
        if term < 1e-16:
            break
        k += 1
    return min(1.0, max(0.0, total))


def ks_statistics(a, b, mu, sigma):
    if len(a) == 0 or len(b) == 0:
        raise ValueError('both samples must be non-empty')
    if not sigma > 0:
        raise ValueError('sigma must be > 0')
    sa, sb = np.sort(a), np.sort(b)
    pooled = np.unique(np.concatenate([sa, sb]))
    # side='right' counts every copy of a value: the ECDF after all ties
    fa = np.searchsorted(sa, pooled, side='right') / len(sa)
    fb = np.searchsorted(sb, pooled, side='right') / len(sb)
    D = float(np.max(np.abs(fa - fb)))
    n = len(sa)
    F = np.array([phi((x - mu) / sigma) for x in sa])
    i = np.arange(1, n + 1)
    d_one = float(max(np.max(i / n - F), np.max(F - (i - 1) / n)))
    ne = len(a) * len(b) / (len(a) + len(b))
    return {"dTwoSample": D, "dOneSampleA": d_one, "pAsymptotic": q_series(math.sqrt(ne) * D)}
