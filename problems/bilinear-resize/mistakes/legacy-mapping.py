# expect: wrong_answer
# mistake: uses the legacy mapping s = i * H / H' (no half-pixel centres), which shifts the image by half a pixel
# caught-by: random 3
import numpy as np


def _source(n_in, n_out):
    s = np.arange(n_out) * n_in / n_out
    i0 = np.minimum(np.floor(s).astype(int), n_in - 1)
    return i0, np.minimum(i0 + 1, n_in - 1), s - i0


def bilinear_resize(x, out_h, out_w):
    if len(x) == 0 or len(x[0]) == 0 or out_h < 1 or out_w < 1:
        raise ValueError("bad input")
    a = np.asarray(x, dtype=float)
    r0, r1, lr = _source(a.shape[0], out_h)
    c0, c1, lc = _source(a.shape[1], out_w)
    lr, lc = lr[:, None], lc[None, :]
    return (1 - lr) * ((1 - lc) * a[np.ix_(r0, c0)] + lc * a[np.ix_(r0, c1)]) + lr * ((1 - lc) * a[np.ix_(r1, c0)] + lc * a[np.ix_(r1, c1)])
