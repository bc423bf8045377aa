from typing import TypedDict


class Primal(TypedDict):
    w: list[float]
    b: float
    support: list[int]
    dual: float
    primal: float


def svm_dual_to_primal(X: list[list[float]], y: list[int], alpha: list[float], C: float) -> Primal:
    """w = Σ α y x, b averaged over the free support vectors, the support indices (α > 1e-8), W(α) and the primal."""
    # TODO
    return {"w": [0.0] * len(X[0]), "b": 0.0, "support": [], "dual": 0.0, "primal": 0.0}
