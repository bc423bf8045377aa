from typing import TypedDict


class LogDensities(TypedDict):
    poissonLogPmf: list[float]
    gammaLogPdf: list[float]


def poisson_gamma_log_pdf(k: list[int], lam: float, x: list[float], alpha: float, beta: float) -> LogDensities:
    """k log(lambda) - lambda - lnGamma(k + 1) and alpha log(beta) + (alpha - 1) log x - beta x - lnGamma(alpha).

    Write lnGamma yourself: math.lgamma exists, but the exercise is Stirling's series or Lanczos.
    """
    # TODO
    return {"poissonLogPmf": [0.0 for _ in k], "gammaLogPdf": [0.0 for _ in x]}
