from typing import TypedDict


class Elbo(TypedDict):
    elbo: float
    logEvidence: float
    gap: float


def gaussian_elbo(x: list[float], sigma2: float, m: float, s2: float) -> Elbo:
    """ELBO of q = N(m, s2) for z ~ N(0, 1), x_i | z ~ N(z, sigma2); the exact log p(x); and their gap."""
    # TODO
    return {"elbo": 0.0, "logEvidence": 0.0, "gap": 0.0}
