import numpy as np


def uplift_curve(y_true, treatment, scores, n_bins):
    n = len(y_true)
    if n == 0 or len(treatment) != n or len(scores) != n:
        raise ValueError('three non-empty arrays of the same length are needed')
    if any(t not in (0, 1) for t in treatment):
        raise ValueError('treatment values must be 0 or 1')
    if not (isinstance(n_bins, int) and n_bins > 0):
        raise ValueError('n_bins must be a positive integer')
    order = np.argsort(-np.asarray(scores, dtype=float), kind='stable')
    y = np.asarray(y_true, dtype=float)[order]
    t = np.asarray(treatment)[order] == 1
    pcts, uplifts = [], []
    for i in range(1, n_bins + 1):
        k = i * n // n_bins
        yt, yc = y[:k][t[:k]], y[:k][~t[:k]]
        pcts.append(100 * i / n_bins)
        uplifts.append(float(yt.mean() - yc.mean()) if len(yt) and len(yc) else 0.0)
    return {"pcts": pcts, "uplifts": uplifts}
