import numpy as np


def clipped_cross_entropy(y_true, y_pred, eps):
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(y_pred, dtype=float)
    if y.ndim != 2 or y.size == 0 or p.shape != y.shape:
        raise ValueError("y_true and y_pred must be non-empty matrices of the same shape")
    if not (0 < eps < 0.5) or ((y < 0) | (y > 1) | (p < 0) | (p > 1) | np.isnan(y) | np.isnan(p)).any():
        raise ValueError("values must lie in [0, 1] and eps in (0, 0.5)")
    q = np.clip(p, eps, 1 - eps)
    binary = -np.mean(y * np.log(q) + (1 - y) * np.log(1 - q))
    categorical = -np.mean(np.sum(y * np.log(q), axis=1))
    return {"binary": float(binary), "categorical": float(categorical)}
