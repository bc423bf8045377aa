from typing import TypedDict


class BicResult(TypedDict):
    bic: list[float]
    bestDegree: int


def bic_poly_select(x: list[float], y: list[float], max_degree: int) -> BicResult:
    """BIC = k log n - 2 loglik with k = d + 2 for every degree d (Infinity when n <= k), and the best degree."""
    # TODO
    return {"bic": [0.0] * (max_degree + 1), "bestDegree": 0}
