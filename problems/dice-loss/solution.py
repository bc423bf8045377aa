import numpy as np


def dice_loss(pred, target, eps):
    p = np.asarray(pred, dtype=float)
    g = np.asarray(target, dtype=float)
    if p.size == 0 or p.shape != g.shape or not (0 <= eps < np.inf):
        raise ValueError("pred and target must be non-empty, equal length; eps >= 0")
    if ((p < 0) | (p > 1) | (g < 0) | (g > 1)).any():
        raise ValueError("values must lie in [0, 1]")
    inter = 2 * np.dot(p, g) + eps
    with np.errstate(invalid="ignore", divide="ignore"):
        return {"squared": float(1 - inter / (np.dot(p, p) + np.dot(g, g) + eps)), "linear": float(1 - inter / (p.sum() + g.sum() + eps))}
