import numpy as np


def softmax(z: list[list[float]]) -> list[list[float]]:
    """Row-wise softmax of an n×k matrix of logits, stable for large |z|.

    Each output row sums to 1; -inf gets probability 0, and a row of all -inf gives NaN.
    Do not modify z. Return a list of lists or a 2-D numpy array.
    """
    # TODO: subtract each row's maximum before exponentiating
    return [[0.0 for _ in row] for row in z]
