from typing import TypedDict

import numpy as np


class AdversarialResult(TypedDict):
    oofScores: list[float]
    auc: float
    foldAccuracy: list[float]
    shift: int


def adversarial_validation(X_train: list[list[float]], X_test: list[list[float]], folds: list[int], lr: float,
                           n_iters: int, auc_threshold: float) -> AdversarialResult:
    """Return out-of-fold 'is test' scores, their pooled tie-aware AUC, per-fold accuracy and the shift flag."""
    # TODO: logistic regression by gradient descent per fold, then the metrics
    n = len(X_train) + len(X_test)
    return {"oofScores": [0.5] * n, "auc": 0.5, "foldAccuracy": [0.0] * (max(folds) + 1), "shift": 0}
