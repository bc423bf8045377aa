from typing import TypedDict


class NormalPosterior(TypedDict):
    muPost: float
    tau2Post: float
    predVar: float


def normal_normal_posterior(x: list[float], sigma2: float, mu0: float, tau02: float) -> NormalPosterior:
    """1/tau_n^2 = 1/tau_0^2 + n/sigma^2, mu_n = tau_n^2 (mu_0/tau_0^2 + sum x / sigma^2), predictive variance sigma^2 + tau_n^2."""
    # TODO
    return {"muPost": mu0, "tau2Post": tau02, "predVar": sigma2 + tau02}
