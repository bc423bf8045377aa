# expect: runtime_error
# mistake: computes math.comb(n, k) * p**k * (1 - p)**(n - k); the exact integer C(100000, 50000) does not fit in a float
# caught-by: a hundred thousand trials
import math


def binomial_pmf(k, n, p):
    if not isinstance(n, int) or n < 0 or not (0 <= p <= 1):
        raise ValueError("bad parameters")
    pmf = []
    for kk in k:
        if math.isnan(kk):
            raise ValueError("NaN k")
        if not float(kk).is_integer() or kk < 0 or kk > n:
            pmf.append(0.0)
            continue
        kk = int(kk)
        pmf.append(math.comb(n, kk) * p ** kk * (1 - p) ** (n - kk))
    return {"pmf": pmf, "logPmf": [math.log(v) if v > 0 else float("-inf") for v in pmf]}
