import numpy as np


def qini(y_true, treatment, scores):
    n = len(y_true)
    if n == 0 or len(treatment) != n or len(scores) != n:
        raise ValueError('three non-empty arrays of the same length are needed')
    if any(t not in (0, 1) for t in treatment):
        raise ValueError('treatment values must be 0 or 1')
    order = np.argsort(-np.asarray(scores, dtype=float), kind='stable')
    y = np.asarray(y_true, dtype=float)[order]
    t = np.asarray(treatment, dtype=float)[order]
    n_t, n_c = np.cumsum(t), np.cumsum(1 - t)
    y_t, y_c = np.cumsum(y * t), np.cumsum(y * (1 - t))
    both = (n_t > 0) & (n_c > 0)
    Q = np.concatenate([[0.0], np.where(both, y_t - y_c * n_t / np.where(n_c > 0, n_c, 1), 0.0)])
    gap = Q - np.arange(n + 1) / n * Q[n]
    coefficient = float(np.sum((gap[1:] + gap[:-1]) / 2) / n)
    return {"curve": Q, "coefficient": coefficient}
