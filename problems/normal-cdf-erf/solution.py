import math


def _erfc(t):
    """erfc by the Maclaurin series of erf for |t| < 2.5 and a continued fraction beyond."""
    if t < 0:
        return 2 - _erfc(-t)
    if t < 2.5:
        term = s = t
        for n in range(1, 200):
            term *= -t * t / n
            add = term / (2 * n + 1)
            s += add
            if abs(add) < 1e-17 * abs(s):
                break
        return 1 - 2 / math.sqrt(math.pi) * s
    f = 0.0
    for k in range(60, 0, -1):
        f = k / 2 / (t + f)
    return math.exp(-t * t) / math.sqrt(math.pi) / (t + f)


def normal_cdf(x, mu, sigma):
    if not math.isfinite(mu) or not math.isfinite(sigma) or not sigma > 0:
        raise ValueError("mu must be finite and sigma a finite number > 0")
    cdf = []
    for v in x:
        if math.isnan(v):
            raise ValueError("x must not contain NaN")
        if math.isinf(v):
            cdf.append(1.0 if v > 0 else 0.0)
        else:
            cdf.append(0.5 * _erfc(-(v - mu) / (sigma * math.sqrt(2))))
    return {"cdf": cdf, "within": [1 - _erfc(k / math.sqrt(2)) for k in (1, 2, 3)]}
