import numpy as np


def huber_loss(y_true, y_pred, delta):
    y = np.asarray(y_true, dtype=float)
    p = np.asarray(y_pred, dtype=float)
    if y.size == 0 or y.shape != p.shape or not (0 < delta < np.inf):
        raise ValueError("non-empty arrays of equal length and delta > 0")
    e = p - y
    a = np.abs(e)
    loss = np.where(a <= delta, 0.5 * e**2, delta * (a - 0.5 * delta))
    return {"loss": float(loss.mean()), "grad": np.clip(e, -delta, delta) / e.size}
