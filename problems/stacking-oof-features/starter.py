from typing import TypedDict


class Stacked(TypedDict):
    oof: list[list[float]]
    metaWeights: list[float]
    metaIntercept: float
    testPredictions: list[float]


def stacking(X: list[list[float]], y: list[float], alphas: list[float], folds: list[list[int]],
             Xtest: list[list[float]], meta_ridge: float) -> Stacked:
    """Out-of-fold predictions of ridge base models, a ridge meta-model on them, and the base models refitted
    on all rows feeding the meta-model for Xtest."""
    # TODO: out-of-fold matrix, meta fit, refit and predict
    return {"oof": [[0.0] * len(alphas) for _ in X], "metaWeights": [0.0] * len(alphas), "metaIntercept": 0.0,
            "testPredictions": [0.0] * len(Xtest)}
