import math


def z_test(x, mu0, sigma, alpha):
    n = len(x)
    if n == 0 or any(not math.isfinite(v) for v in x) or not math.isfinite(mu0):
        raise ValueError("x must be non-empty and finite, mu0 finite")
    if not (math.isfinite(sigma) and sigma > 0):
        raise ValueError("sigma must be a finite number > 0")
    if not (0 < alpha < 1):
        raise ValueError("alpha must lie in (0, 1)")
    z = (math.fsum(x) / n - mu0) / (sigma / math.sqrt(n))
    p_two = math.erfc(abs(z) / math.sqrt(2))  # = 2 (1 - Phi(|z|)) without the cancellation
    return {"z": z, "pTwoSided": p_two, "pGreater": 0.5 * math.erfc(z / math.sqrt(2)),
            "pLess": 0.5 * math.erfc(-z / math.sqrt(2)), "reject": 1 if p_two < alpha else 0}
