from typing import TypedDict


class Stability(TypedDict):
    psi: list[float]
    alert: list[int]


def stability_index(expected: list[list[float]], actual: list[list[float]], n_bins: int) -> Stability:
    """Per feature: baseline-quantile edges, proportions floored at 1e-4, PSI = sum (A - E) ln(A/E), alert 0/1/2."""
    # TODO
    d = len(expected[0]) if expected else 0
    return {"psi": [0.0] * d, "alert": [0] * d}
