import math


def gamma_poisson(counts, alpha, beta, k_query):
    if not (math.isfinite(alpha) and math.isfinite(beta) and alpha > 0 and beta > 0):
        raise ValueError("alpha and beta must be finite and > 0")
    if any(not isinstance(c, int) or c < 0 for c in counts):
        raise ValueError("counts must be non-negative integers")
    if any(not isinstance(k, int) or k < 0 for k in k_query):
        raise ValueError("queries must be non-negative integers")
    a = alpha + sum(counts)
    b = beta + len(counts)
    log_q, log_1mq = math.log(b / (b + 1)), -math.log1p(b)
    predictive = [math.exp(math.lgamma(k + a) - math.lgamma(a) - math.lgamma(k + 1) + a * log_q + k * log_1mq) for k in k_query]
    return {"alphaPost": a, "betaPost": b, "mean": a / b, "map": (a - 1) / b if a >= 1 else 0.0, "predictive": predictive}
