from typing import TypedDict


class WeightedVote(TypedDict):
    classes: list[float]
    proba: list[list[float]]
    pred: list[float]


def knn_weighted(Xtrain: list[list[float]], y_train: list[float], Xtest: list[list[float]], k: int) -> WeightedVote:
    """k nearest training rows vote with weight 1/distance (exact matches only, if any); probabilities over the
    sorted classes; prediction = the largest, smallest label on ties."""
    # TODO
    classes = sorted(set(y_train))
    return {"classes": classes, "proba": [[1.0 / len(classes)] * len(classes) for _ in Xtest], "pred": [classes[0]] * len(Xtest)}
