import math

import numpy as np


def iou_matrix(A, B):
    for box in list(A) + list(B):
        if len(box) != 4 or any(not math.isfinite(v) for v in box):
            raise ValueError("a box is 4 finite numbers [x1, y1, x2, y2]")
        if box[2] < box[0] or box[3] < box[1]:
            raise ValueError("a box has x2 < x1 or y2 < y1")
    if len(A) == 0:
        return []
    if len(B) == 0:
        return [[] for _ in A]
    a = np.asarray(A, dtype=float)[:, None, :]
    b = np.asarray(B, dtype=float)[None, :, :]
    w = np.clip(np.minimum(a[..., 2], b[..., 2]) - np.maximum(a[..., 0], b[..., 0]), 0, None)
    h = np.clip(np.minimum(a[..., 3], b[..., 3]) - np.maximum(a[..., 1], b[..., 1]), 0, None)
    inter = w * h
    union = (a[..., 2] - a[..., 0]) * (a[..., 3] - a[..., 1]) + (b[..., 2] - b[..., 0]) * (b[..., 3] - b[..., 1]) - inter
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(union > 0, inter / np.where(union > 0, union, 1), 0.0)
