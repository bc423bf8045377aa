# expect: wrong_answer
# mistake: flips along the height axis (axis 1) instead of the width axis, a vertical flip
# caught-by: random 2
import numpy as np


def augment(img, flip, pad, top, left, size, mean, std):
    x = np.asarray(img, dtype=float)
    C, H, W = x.shape
    if pad < 0 or size < 1 or top < 0 or left < 0 or top + size > H + 2 * pad or left + size > W + 2 * pad:
        raise ValueError("bad crop")
    if flip:
        x = x[:, ::-1, :]
    x = np.pad(x, ((0, 0), (pad, pad), (pad, pad)))
    m, s = np.asarray(mean, dtype=float), np.asarray(std, dtype=float)
    return (x[:, top:top + size, left:left + size] - m[:, None, None]) / s[:, None, None]
