from typing import TypedDict


class LinearFit(TypedDict):
    weights: list[float]
    bias: float
    costHistory: list[float]


def linear_regression_gd(X: list[list[float]], y: list[float], lr: float, n_iters: int, penalty: str, lam: float) -> LinearFit:
    """From w = 0, b = 0: n_iters batch steps on (1/2n)‖Xw + b − y‖² plus the penalty ('none', 'l1', 'l2');
    the cost recorded before each step."""
    # TODO
    return {"weights": [0.0] * len(X[0]), "bias": 0.0, "costHistory": []}
