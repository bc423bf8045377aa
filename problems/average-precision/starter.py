from typing import TypedDict


class PrCurve(TypedDict):
    precision: list[float]
    recall: list[float]
    thresholds: list[float]
    ap: float


def precision_recall_curve(y_true: list[int], scores: list[float]) -> PrCurve:
    """Precision and recall at each distinct score (ascending), then the final point (1, 0), and the step-wise AP.

    Raise ValueError without positive labels, on empty or mismatched input, labels other than 0/1, or non-finite scores.
    """
    # TODO: one point per distinct threshold (score >= t), ties entering together
    return {"precision": [1.0], "recall": [0.0], "thresholds": [], "ap": 0.0}
