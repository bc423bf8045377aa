from typing import TypedDict


class BinaryMetrics(TypedDict):
    accuracy: float
    precision: float
    recall: float
    specificity: float
    f1: float


def binary_metrics(y_true: list[float], y_pred: list[float], pos_label: float) -> BinaryMetrics:
    """Binarise against pos_label (every other label is negative), then accuracy, precision, recall, specificity
    and F1; a zero denominator gives 0. Raise ValueError for empty arrays or arrays of different lengths.
    """
    # TODO: count TP, FP, FN, TN
    return {"accuracy": 0.0, "precision": 0.0, "recall": 0.0, "specificity": 0.0, "f1": 0.0}
