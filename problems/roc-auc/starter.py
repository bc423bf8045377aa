from typing import TypedDict

import numpy as np


class ROC(TypedDict):
    fpr: list[float]
    tpr: list[float]
    thresholds: list[float]
    auc: float


def roc_auc(y_true: list[int], scores: list[float]) -> ROC:
    """ROC curve at every distinct score (thresholds [inf, u1 > u2 > …]; tied scores form one step) and its
    trapezoid area. Return {"fpr", "tpr", "thresholds", "auc"}.

    Raise ValueError when only one class is present, or for empty or mismatched arrays.
    """
    # TODO: sort by score descending, count positives and negatives per distinct score
    return {"fpr": [0.0, 1.0], "tpr": [0.0, 1.0], "thresholds": [float('inf'), min(scores)], "auc": 0.5}
