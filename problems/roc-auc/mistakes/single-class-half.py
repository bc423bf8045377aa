# expect: wrong_answer
# mistake: returns a chance-level curve (AUC 0.5) for single-class input instead of raising
# caught-by: only positives
import numpy as np


def roc_auc(y_true, scores):
    y = np.asarray(y_true)
    s = np.asarray(scores, dtype=float)
    P, N = int((y == 1).sum()), int((y == 0).sum())
    if P == 0 or N == 0:
        return {"fpr": [0.0, 1.0], "tpr": [0.0, 1.0], "thresholds": [np.inf, float(s.min())], "auc": 0.5}
    order = np.argsort(-s, kind='stable')
    s, y = s[order], y[order]
    last = np.r_[s[1:] != s[:-1], True]
    tp = np.r_[0, np.cumsum(y == 1)[last]]
    fp = np.r_[0, np.cumsum(y == 0)[last]]
    return {"fpr": fp / N, "tpr": tp / P, "thresholds": np.r_[np.inf, s[last]], "auc": float(np.trapz(tp / P, fp / N))}
