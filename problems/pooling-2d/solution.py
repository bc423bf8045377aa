import numpy as np


def pool2d(x, k, s, dy):
    X = np.asarray(x, dtype=float)
    if X.ndim != 3 or 0 in X.shape:
        raise ValueError("x must be a non-empty C×H×W array")
    C, H, W = X.shape
    if not isinstance(k, int) or not isinstance(s, int) or k < 1 or s < 1 or k > H or k > W:
        raise ValueError("bad window or stride")
    Ho, Wo = (H - k) // s + 1, (W - k) // s + 1
    G = np.asarray(dy, dtype=float)
    if G.shape != (C, Ho, Wo):
        raise ValueError("dy has the wrong shape")
    # windows[c, i, j, u*k + v] = X[c, i*s + u, j*s + v]
    idx_r = (np.arange(Ho) * s)[:, None] + np.arange(k)[None, :]
    idx_c = (np.arange(Wo) * s)[:, None] + np.arange(k)[None, :]
    win = X[:, idx_r[:, None, :, None], idx_c[None, :, None, :]].reshape(C, Ho, Wo, k * k)
    first = win.argmax(axis=3)                        # argmax returns the first maximum, row-major
    dx_max = np.zeros_like(X)
    dx_avg = np.zeros_like(X)
    for c in range(C):
        for i in range(Ho):
            for j in range(Wo):
                u, v = divmod(int(first[c, i, j]), k)
                dx_max[c, i * s + u, j * s + v] += G[c, i, j]
                dx_avg[c, i * s:i * s + k, j * s:j * s + k] += G[c, i, j] / (k * k)
    return {"max": win.max(axis=3), "avg": win.mean(axis=3), "dxMax": dx_max, "dxAvg": dx_avg}
