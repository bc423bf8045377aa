import numpy as np


def conv2d(x, w, b, stride, padding):
    x = np.asarray(x, dtype=float)
    w = np.asarray(w, dtype=float)
    b = np.asarray(b, dtype=float)
    C, H, W = x.shape
    C_out, C_in, kH, kW = w.shape
    if C_in != C or len(b) != C_out:
        raise ValueError('channel counts of x, w and b disagree')
    if H + 2 * padding < kH or W + 2 * padding < kW:
        raise ValueError('the kernel is larger than the padded image')
    xp = np.pad(x, ((0, 0), (padding, padding), (padding, padding)))
    H_out = (H + 2 * padding - kH) // stride + 1
    W_out = (W + 2 * padding - kW) // stride + 1
    y = np.empty((C_out, H_out, W_out))
    for i in range(H_out):
        for j in range(W_out):
            window = xp[:, i * stride:i * stride + kH, j * stride:j * stride + kW]
            y[:, i, j] = np.tensordot(w, window, axes=3) + b
    return y
