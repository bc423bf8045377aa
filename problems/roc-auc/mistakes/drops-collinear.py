# expect: wrong_answer
# mistake: drops intermediate collinear points like scikit-learn's drop_intermediate=True
# caught-by: collinear points are kept
import numpy as np


def roc_auc(y_true, scores):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=float)
    P, N = int((y == 1).sum()), int((y == 0).sum())
    if P == 0 or N == 0:
        raise ValueError('both classes must be present')
    order = np.argsort(-s, kind='stable')
    s, y = s[order], y[order]
    last = np.r_[s[1:] != s[:-1], True]
    tp = np.r_[0, np.cumsum(y == 1)[last]]
    fp = np.r_[0, np.cumsum(y == 0)[last]]
    th = np.r_[np.inf, s[last]]
    keep = np.r_[True, np.logical_or(np.diff(fp, 2), np.diff(tp, 2)), True]
    fpr, tpr = fp[keep] / N, tp[keep] / P
    return {"fpr": fpr, "tpr": tpr, "thresholds": th[keep], "auc": float(np.trapz(tpr, fpr))}
