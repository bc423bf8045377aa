from typing import TypedDict


class Ovr(TypedDict):
    scores: list[list[float]]
    proba: list[list[float]]
    labels: list[int]


def ovr_logistic(X: list[list[float]], y: list[int], K: int, lr: float, iters: int, Xtest: list[list[float]]) -> Ovr:
    """One binary logistic regression per class (from zero, iters steps on the mean log-loss); scores, scores
    divided by their sum, and the argmax."""
    # TODO
    return {"scores": [[0.5] * K for _ in Xtest], "proba": [[1.0 / K] * K for _ in Xtest], "labels": [0] * len(Xtest)}
