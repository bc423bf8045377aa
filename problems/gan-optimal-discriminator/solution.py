import numpy as np


def optimal_discriminator(p_data, p_g):
    a = np.asarray(p_data, dtype=float)
    b = np.asarray(p_g, dtype=float)
    if a.size == 0 or a.shape != b.shape:
        raise ValueError("non-empty arrays of equal length")
    for p in (a, b):
        if not np.isfinite(p).all() or (p < 0).any() or abs(p.sum() - 1) > 1e-9:
            raise ValueError("inputs must be distributions")
    with np.errstate(invalid="ignore", divide="ignore"):
        d = a / (a + b)                               # NaN where both are 0
        m = (a + b) / 2
        xlogy = lambda x, y: np.where(x > 0, x * np.log(np.where(x > 0, y, 1.0)), 0.0)  # 0·log 0 = 0
        value = np.sum(xlogy(a, d) + xlogy(b, 1 - d))
        jsd = 0.5 * np.sum(xlogy(a, a / np.where(m > 0, m, 1.0)) + xlogy(b, b / np.where(m > 0, m, 1.0)))
    return {"dStar": d, "value": float(value), "jsd": float(jsd)}
