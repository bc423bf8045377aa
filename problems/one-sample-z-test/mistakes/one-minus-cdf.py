# expect: wrong_answer
# mistake: takes the upper tail as 1 - NormalDist().cdf(z), which cancels to exactly 0 once the cdf rounds to 1
# caught-by: a huge effect
import math
from statistics import NormalDist


def z_test(x, mu0, sigma, alpha):
    n = len(x)
    if n == 0 or any(not math.isfinite(v) for v in x) or not math.isfinite(mu0):
        raise ValueError("bad data")
    if not (math.isfinite(sigma) and sigma > 0) or not (0 < alpha < 1):
        raise ValueError("bad parameters")
    z = (sum(x) / n - mu0) / (sigma / math.sqrt(n))
    cdf = NormalDist().cdf
    p_two = 2 * (1 - cdf(abs(z)))
    return {"z": z, "pTwoSided": p_two, "pGreater": 1 - cdf(z), "pLess": cdf(z), "reject": 1 if p_two < alpha else 0}
