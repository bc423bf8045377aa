# expect: wrong_answer
# mistake: sorts and accumulates one example at a time (a plain cumsum), so tied scores become a staircase
# caught-by: all scores tied
import numpy as np


def roc_auc(y_true, scores):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=float)
    P, N = int((y == 1).sum()), int((y == 0).sum())
    if P == 0 or N == 0:
        raise ValueError('both classes must be present')
    order = np.argsort(-s)
    tpr = np.r_[0, np.cumsum(y[order] == 1)] / P
    fpr = np.r_[0, np.cumsum(y[order] == 0)] / N
    return {"fpr": fpr, "tpr": tpr, "thresholds": np.r_[np.inf, s[order]], "auc": float(np.trapz(tpr, fpr))}
