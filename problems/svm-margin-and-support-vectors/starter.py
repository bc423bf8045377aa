from typing import TypedDict


class PrimalStats(TypedDict):
    margins: list[float]
    slacks: list[float]
    marginWidth: float
    objective: float
    supportVectors: list[int]


def svm_primal_stats(X: list[list[float]], y: list[int], w: list[float], b: float, C: float, tol: float) -> PrimalStats:
    """Margins y(w·x + b), slacks max(0, 1 − margin), width 2/‖w‖, ½‖w‖² + C Σ slack, and the indices with
    margin <= 1 + tol."""
    # TODO
    return {"margins": [0.0] * len(X), "slacks": [0.0] * len(X), "marginWidth": 0.0, "objective": 0.0, "supportVectors": []}
