from typing import Literal, TypedDict


class PRF(TypedDict):
    precision: float
    recall: float
    f1: float


def averaged_prf(y_true: list[int], y_pred: list[int], average: Literal['macro', 'micro', 'weighted']) -> PRF:
    """Macro, micro or weighted precision, recall and F1 over the labels seen in y_true or y_pred
    (a zero denominator gives 0). Return {"precision", "recall", "f1"}.
    """
    # TODO: per-label TP, FP, FN; then average
    return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
