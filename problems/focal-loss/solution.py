import numpy as np


def focal_loss(y, p, alpha, gamma):
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    if y.size == 0 or y.shape != p.shape:
        raise ValueError("y and p must be non-empty and of equal length")
    if not (0 <= alpha <= 1) or not (0 <= gamma < np.inf):
        raise ValueError("alpha must lie in [0, 1] and gamma >= 0")
    if not np.isin(y, [0, 1]).all() or ((p < 0) | (p > 1) | np.isnan(p)).any():
        raise ValueError("labels must be 0/1 and probabilities in [0, 1]")
    pc = np.clip(p, 1e-7, 1 - 1e-7)
    pt = np.where(y == 1, pc, 1 - pc)          # probability of the true class
    at = np.where(y == 1, alpha, 1 - alpha)
    return float(np.mean(-at * (1 - pt) ** gamma * np.log(pt)))
