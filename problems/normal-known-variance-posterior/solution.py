import math


def normal_normal_posterior(x, sigma2, mu0, tau02):
    if not (math.isfinite(sigma2) and math.isfinite(tau02) and sigma2 > 0 and tau02 > 0):
        raise ValueError("sigma2 and tau02 must be finite and > 0")
    if not math.isfinite(mu0) or any(not math.isfinite(v) for v in x):
        raise ValueError("mu0 and x must be finite")
    tau2 = 1 / (1 / tau02 + len(x) / sigma2)
    mu = tau2 * (mu0 / tau02 + math.fsum(x) / sigma2)
    return {"muPost": mu, "tau2Post": tau2, "predVar": sigma2 + tau2}
