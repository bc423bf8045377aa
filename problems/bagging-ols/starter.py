from typing import TypedDict


class Bagged(TypedDict):
    predictions: list[float]
    oobPredictions: list[float]
    oobMse: float


def bagging_ols(X: list[list[float]], y: list[float], bootstraps: list[list[int]], Xtest: list[list[float]]) -> Bagged:
    """OLS with an intercept on every bootstrap sample (duplicates count); average the test predictions; predict
    each training row with the models that did not draw it (NaN if none) and report the OOB MSE."""
    # TODO: fit, average, out-of-bag
    return {"predictions": [0.0] * len(Xtest), "oobPredictions": [float("nan")] * len(X), "oobMse": float("nan")}
