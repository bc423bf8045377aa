from typing import TypedDict


class SoftmaxRegression(TypedDict):
    W: list[list[float]]
    b: list[float]
    lossHistory: list[float]


def softmax_regression_gd(X: list[list[float]], y: list[int], W0: list[list[float]], b0: list[float], lr: float, iters: int) -> SoftmaxRegression:
    """iters batch steps on the mean softmax cross-entropy from W0, b0; the loss recorded before each step."""
    # TODO
    return {"W": [list(r) for r in W0], "b": list(b0), "lossHistory": []}
