from typing import TypedDict


class NormalDensity(TypedDict):
    pdf: list[float]
    logPdf: list[float]


def normal_pdf(x: list[float], mu: float, sigma2: float) -> NormalDensity:
    """The N(mu, sigma2) density (sigma2 is the variance) and the log-density computed directly."""
    # TODO
    return {"pdf": [0.0 for _ in x], "logPdf": [0.0 for _ in x]}
