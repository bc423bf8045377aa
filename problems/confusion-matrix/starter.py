import numpy as np


def confusion_matrix(y_true: list[int], y_pred: list[int], num_classes: int) -> list[list[int]]:
    """K×K counts: rows are true classes, columns predicted classes (K = num_classes).

    Raise ValueError if the arrays differ in length or a label is not an integer in 0..K-1.
    """
    # TODO: count each (true, predicted) pair
    return [[0] * num_classes for _ in range(num_classes)]
