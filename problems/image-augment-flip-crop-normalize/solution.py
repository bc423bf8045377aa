import numpy as np


def augment(img, flip, pad, top, left, size, mean, std):
    x = np.asarray(img, dtype=float)
    if x.ndim != 3 or x.size == 0 or not np.all(np.isfinite(x)):
        raise ValueError("img must be a non-empty finite C×H×W array")
    C, H, W = x.shape
    if pad < 0 or size < 1 or top < 0 or left < 0 or top + size > H + 2 * pad or left + size > W + 2 * pad:
        raise ValueError("the crop must lie inside the padded image")
    m, s = np.asarray(mean, dtype=float), np.asarray(std, dtype=float)
    if m.shape != (C,) or s.shape != (C,) or not np.all(np.isfinite(m)) or not np.all(np.isfinite(s)) or np.any(s <= 0):
        raise ValueError("mean and std need one value per channel, std > 0")
    if flip:
        x = x[:, :, ::-1]
    x = np.pad(x, ((0, 0), (pad, pad), (pad, pad)))
    crop = x[:, top:top + size, left:left + size]
    return (crop - m[:, None, None]) / s[:, None, None]
