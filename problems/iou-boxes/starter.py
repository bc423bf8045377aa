import numpy as np


def iou_matrix(A: list[list[float]], B: list[list[float]]) -> list[list[float]]:
    """IoU of every pair (A[i], B[j]) of [x1, y1, x2, y2] boxes, as an m×n matrix (0 when the union is empty)."""
    # TODO: intersection width and height clamped at 0 separately, then I / (|a| + |b| - I)
    return [[0.0 for _ in B] for _ in A]
