from typing import TypedDict


class LinearSvm(TypedDict):
    w: list[float]
    b: float
    decision: list[float]
    pred: list[float]


def linear_svm(X: list[list[float]], y: list[float], lr: float, lam: float, n_iters: int, Xtest: list[list[float]]) -> LinearSvm:
    """Labels to ±1 (y <= 0 → −1); n_iters epochs of per-sample hinge updates with the decision w·x − b;
    then decision and sign for Xtest."""
    # TODO
    return {"w": [0.0] * len(X[0]), "b": 0.0, "decision": [0.0] * len(Xtest), "pred": [0.0] * len(Xtest)}
