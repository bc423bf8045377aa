from typing import TypedDict


class NormalCdf(TypedDict):
    cdf: list[float]
    within: list[float]


def normal_cdf(x: list[float], mu: float, sigma: float) -> NormalCdf:
    """Phi((x - mu) / sigma) for every x to within 1e-9, and the masses within 1, 2 and 3 standard deviations.

    Write erf yourself: math.erf exists, but the exercise is the series and the continued fraction.
    """
    # TODO
    return {"cdf": [0.5 for _ in x], "within": [0.68, 0.95, 0.997]}
