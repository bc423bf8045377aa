from typing import TypedDict


class TLearner(TypedDict):
    uplift: list[float]
    segments: list[int]


def t_learner_uplift(X: list[list[float]], treatment: list[int], y: list[int], X_test: list[list[float]], lr: float, n_iters: int, threshold: float) -> TLearner:
    """Two logistic regressions (treated rows, control rows) by full-batch GD from zeros on the mean log-loss;
    uplift = p_T(x) - p_C(x); segment 1 above +threshold, -1 below -threshold, else 0."""
    # TODO
    return {"uplift": [0.0 for _ in X_test], "segments": [0 for _ in X_test]}
