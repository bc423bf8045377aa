import math

import numpy as np


def precision_recall_at_thresholds(y_true, scores, thresholds):
    n = len(y_true)
    if n == 0 or len(scores) != n:
        raise ValueError("y_true and scores need the same, non-zero length")
    if any(y not in (0, 1) for y in y_true):
        raise ValueError("labels must be 0 or 1")
    if any(math.isnan(v) for v in list(scores) + list(thresholds)):
        raise ValueError("scores and thresholds must not be NaN")
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=float)
    positives = int(y.sum())
    out = []
    for t in thresholds:
        predicted = s > t
        n_pred = int(predicted.sum())
        tp = int((predicted & (y == 1)).sum())
        out.append([tp / n_pred if n_pred else 0.0, tp / positives if positives else 0.0])
    return out
