import math


def _ln_gamma(z):
    """Shift z up to >= 15, then Stirling's series with five correction terms."""
    shift = 0.0
    while z < 15:
        shift += math.log(z)
        z += 1
    z2 = 1 / (z * z)
    series = (1 / 12 - z2 * (1 / 360 - z2 * (1 / 1260 - z2 * (1 / 1680 - z2 / 1188)))) / z
    return (z - 0.5) * math.log(z) - z + 0.5 * math.log(2 * math.pi) + series - shift


def poisson_gamma_log_pdf(k, lam, x, alpha, beta):
    if not (math.isfinite(lam) and lam >= 0):
        raise ValueError("lambda must be finite and >= 0")
    if not (math.isfinite(alpha) and math.isfinite(beta) and alpha > 0 and beta > 0):
        raise ValueError("alpha and beta must be finite and > 0")
    if any(not isinstance(v, int) or v < 0 for v in k):
        raise ValueError("k must hold non-negative integers")
    if any(math.isnan(v) for v in x):
        raise ValueError("x must not contain NaN")
    pois = [(0.0 if kk == 0 else float("-inf")) if lam == 0 else kk * math.log(lam) - lam - _ln_gamma(kk + 1) for kk in k]
    norm = alpha * math.log(beta) - _ln_gamma(alpha)
    gam = [float("-inf") if (v <= 0 or math.isinf(v)) else norm + (alpha - 1) * math.log(v) - beta * v for v in x]
    return {"poissonLogPmf": pois, "gammaLogPdf": gam}
