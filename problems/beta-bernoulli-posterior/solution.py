import math


def beta_bernoulli(x, a, b):
    if not (math.isfinite(a) and math.isfinite(b) and a > 0 and b > 0):
        raise ValueError("a and b must be finite and > 0")
    if any(v not in (0, 1) for v in x):
        raise ValueError("observations must be 0 or 1")
    n, k = len(x), sum(x)
    A, B = a + k, b + n - k
    if A > 1 and B > 1:
        mode = (A - 1) / (A + B - 2)
    elif A > 1:
        mode = 1.0
    elif B > 1:
        mode = 0.0
    else:
        mode = float("nan")
    s = A + B
    return {"aPost": A, "bPost": B, "mle": k / n if n else float("nan"), "map": mode,
            "mean": A / s, "variance": A * B / (s * s * (s + 1))}
