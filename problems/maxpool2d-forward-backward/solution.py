import numpy as np


def max_pool2d(x, k, s, dY):
    x = np.asarray(x, dtype=float)
    H, W = x.shape
    if k > H or k > W:
        raise ValueError('the window is larger than the input')
    H_out, W_out = (H - k) // s + 1, (W - k) // s + 1
    if len(dY) != H_out or any(len(row) != W_out for row in dY):
        raise ValueError('dY must be %d×%d' % (H_out, W_out))
    y = np.empty((H_out, W_out))
    dX = np.zeros_like(x)
    for i in range(H_out):
        for j in range(W_out):
            window = x[i * s:i * s + k, j * s:j * s + k]
            u, v = divmod(int(np.argmax(window)), k)  # the first maximum in row-major order
            y[i, j] = window[u, v]
            dX[i * s + u, j * s + v] += dY[i][j]
    return {"y": y, "dX": dX}
