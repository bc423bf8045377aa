import math

import numpy as np


def fairness_metrics(y_true, y_pred, group):
    n = len(y_true)
    if n == 0 or len(y_pred) != n or len(group) != n:
        raise ValueError("y_true, y_pred and group need the same, non-zero length")
    if any(v not in (0, 1) for v in list(y_true) + list(y_pred)):
        raise ValueError("labels and predictions must be 0 or 1")
    if any(not math.isfinite(g) for g in group):
        raise ValueError("group ids must be finite")
    y, p, g = np.asarray(y_true), np.asarray(y_pred, dtype=float), np.asarray(group, dtype=float)
    groups = sorted(set(g.tolist()))
    approval, tpr, fpr, count = [], [], [], []
    for gid in groups:
        m = g == gid
        count.append(int(m.sum()))
        approval.append(1 - p[m].mean())
        pos, neg = m & (y == 1), m & (y == 0)
        tpr.append(p[pos].mean() if pos.any() else 0.0)
        fpr.append(p[neg].mean() if neg.any() else 0.0)
    hi = max(approval)
    return {"groups": groups, "approvalRate": approval, "tpr": tpr, "fpr": fpr, "count": count,
            "disparateImpact": min(approval) / hi if hi > 0 else 0.0}
