import numpy as np


def hinge_losses(y, scores, pairs, item_scores):
    y = np.asarray(y, dtype=float)
    s = np.asarray(scores, dtype=float)
    if y.shape != s.shape or not np.isin(y, [-1, 1]).all():
        raise ValueError("labels must be ±1, one per score")
    hinge = float(np.maximum(0.0, 1 - y * s).sum())
    ranking = 0.0
    for pair in pairs:
        if len(pair) != 2 or any(not isinstance(k, int) or not 0 <= k < len(item_scores) for k in pair):
            raise ValueError("pair index out of range")
        i, j = pair
        ranking += max(0.0, 1 - (item_scores[i] - item_scores[j]))
    return {"hinge": hinge, "ranking": ranking}
