import numpy as np


def dropout(x, u, p, training, dY):
    x = np.asarray(x, dtype=float)
    g = np.asarray(dY, dtype=float)
    if not training:
        return {"y": x, "dX": g}
    keep = np.asarray(u, dtype=float) >= p
    if p >= 1:
        return {"y": np.zeros_like(x), "dX": np.zeros_like(g)}
    return {"y": np.where(keep, x / (1 - p), 0.0), "dX": np.where(keep, g / (1 - p), 0.0)}
