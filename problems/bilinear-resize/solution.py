import numpy as np


def _source(n_in, n_out):
    s = np.maximum(0.0, (np.arange(n_out) + 0.5) * n_in / n_out - 0.5)
    i0 = np.minimum(np.floor(s).astype(int), n_in - 1)
    return i0, np.minimum(i0 + 1, n_in - 1), s - i0


def bilinear_resize(x, out_h, out_w):
    if len(x) == 0 or len(x[0]) == 0 or any(len(r) != len(x[0]) for r in x):
        raise ValueError("x must be a non-empty rectangular matrix")
    if out_h < 1 or out_w < 1:
        raise ValueError("output sizes must be positive")
    a = np.asarray(x, dtype=float)
    r0, r1, lr = _source(a.shape[0], out_h)
    c0, c1, lc = _source(a.shape[1], out_w)
    lr, lc = lr[:, None], lc[None, :]
    top = (1 - lc) * a[np.ix_(r0, c0)] + lc * a[np.ix_(r0, c1)]
    bottom = (1 - lc) * a[np.ix_(r1, c0)] + lc * a[np.ix_(r1, c1)]
    return (1 - lr) * top + lr * bottom
