from typing import TypedDict


class Fairness(TypedDict):
    groups: list[float]
    approvalRate: list[float]
    tpr: list[float]
    fpr: list[float]
    count: list[int]
    disparateImpact: float


def fairness_metrics(y_true: list[int], y_pred: list[int], group: list[float]) -> Fairness:
    """Per group (ids in increasing order): approval rate 1 - mean(pred), TPR, FPR (0 without positives /
    negatives) and count; disparate impact = min / max approval rate (0 when the max is 0)."""
    # TODO
    return {"groups": [], "approvalRate": [], "tpr": [], "fpr": [], "count": [], "disparateImpact": 1.0}
