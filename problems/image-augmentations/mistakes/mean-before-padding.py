# expect: wrong_answer
# mistake: computes the contrast means on the cropped image before padding, ignoring the padded pixels
# caught-by: random 2
import numpy as np


def augment(img, flip, crop, pad, brightness, contrast, noise):
    x = np.asarray(img, dtype=float)
    if x.ndim != 3 or pad < 0 or contrast < 0:
        raise ValueError("bad input")
    H, W, C = x.shape
    if flip:
        x = x[:, ::-1, :]
    if crop is not None:
        top, left, h, w = crop
        if h < 1 or w < 1 or top < 0 or left < 0 or top + h > H or left + w > W:
            raise ValueError("bad crop")
        x = x[top:top + h, left:left + w, :]
    m = x.mean(axis=(0, 1)) + brightness
    x = np.pad(x, ((pad, pad), (pad, pad), (0, 0))) + brightness
    x = (x - m) * contrast + m
    if noise is not None:
        n = np.asarray(noise, dtype=float)
        if n.shape != x.shape:
            raise ValueError("noise shape")
        x = x + n
    return np.clip(x, 0.0, 1.0)
