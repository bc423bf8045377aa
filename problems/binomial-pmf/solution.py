import math


def binomial_pmf(k, n, p):
    if not isinstance(n, int) or n < 0:
        raise ValueError("n must be a non-negative integer")
    if not (0 <= p <= 1):
        raise ValueError("p must lie in [0, 1]")
    log_pmf = []
    for kk in k:
        if math.isnan(kk):
            raise ValueError("k must not contain NaN")
        if not float(kk).is_integer() or kk < 0 or kk > n:
            log_pmf.append(float("-inf"))
            continue
        kk = int(kk)
        lp = math.lgamma(n + 1) - math.lgamma(kk + 1) - math.lgamma(n - kk + 1)
        if kk > 0:
            lp += kk * math.log(p) if p > 0 else float("-inf")
        if n - kk > 0:
            lp += (n - kk) * math.log1p(-p) if p < 1 else float("-inf")
        log_pmf.append(lp)
    return {"pmf": [math.exp(v) for v in log_pmf], "logPmf": log_pmf}
