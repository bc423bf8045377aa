import math

import numpy as np


def augment(img, flip, crop, pad, brightness, contrast, noise):
    x = np.asarray(img, dtype=float)
    if x.ndim != 3 or x.size == 0 or not np.all(np.isfinite(x)):
        raise ValueError("img must be a non-empty finite H×W×C array")
    if pad < 0 or not math.isfinite(brightness) or not math.isfinite(contrast) or contrast < 0:
        raise ValueError("bad parameters")
    H, W, C = x.shape
    if flip:
        x = x[:, ::-1, :]
    if crop is not None:
        if len(crop) != 4:
            raise ValueError("crop must be [top, left, h, w]")
        top, left, h, w = crop
        if h < 1 or w < 1 or top < 0 or left < 0 or top + h > H or left + w > W:
            raise ValueError("crop outside the image")
        x = x[top:top + h, left:left + w, :]
    x = np.pad(x, ((pad, pad), (pad, pad), (0, 0))) + brightness
    m = x.mean(axis=(0, 1))
    x = (x - m) * contrast + m
    if noise is not None:
        n = np.asarray(noise, dtype=float)
        if n.shape != x.shape or not np.all(np.isfinite(n)):
            raise ValueError("noise must match the image shape")
        x = x + n
    return np.clip(x, 0.0, 1.0)
