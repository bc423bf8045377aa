from typing import TypedDict


class SLearner(TypedDict):
    uplift: list[float]
    treatmentCoef: float


def s_learner_uplift(X: list[list[float]], treatment: list[int], y: list[int], X_test: list[list[float]], lr: float, n_iters: int) -> SLearner:
    """One logistic regression on [x, t] by full-batch GD from zeros; uplift = p([x, 1]) - p([x, 0]) and the treatment weight."""
    # TODO
    return {"uplift": [0.0 for _ in X_test], "treatmentCoef": 0.0}
