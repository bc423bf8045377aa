import numpy as np


def roc_auc(y_true, scores):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=float)
    if len(y) == 0 or len(s) != len(y):
        raise ValueError('two non-empty arrays of the same length are needed')
    P = int((y == 1).sum())
    N = len(y) - P
    if P == 0 or N == 0:
        raise ValueError('both classes must be present')
    order = np.argsort(-s, kind='stable')
    s, y = s[order], y[order]
    last_of_group = np.r_[s[1:] != s[:-1], True]  # a tied group is one step
    tp = np.r_[0, np.cumsum(y == 1)[last_of_group]]
    fp = np.r_[0, np.cumsum(y == 0)[last_of_group]]
    twice_area = int(np.sum((fp[1:] - fp[:-1]) * (tp[1:] + tp[:-1])))
    return {"fpr": fp / N, "tpr": tp / P, "thresholds": np.r_[np.inf, s[last_of_group]], "auc": twice_area / (2 * P * N)}
