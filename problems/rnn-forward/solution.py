import numpy as np


def rnn_forward(xs, h0, W_xh, W_hh, b_h, W_hy, b_y):
    H, O = len(h0), len(W_hy)
    D = len(W_xh[0]) if H > 0 and W_xh else 0
    if (len(W_hh) != H or any(len(r) != H for r in W_hh) or len(W_xh) != H or any(len(r) != D for r in W_xh)
            or len(b_h) != H or any(len(r) != H for r in W_hy) or len(b_y) != O or any(len(x) != D for x in xs)):
        raise ValueError('inconsistent shapes')
    W_xh = np.asarray(W_xh, dtype=float).reshape(H, D)
    W_hh = np.asarray(W_hh, dtype=float).reshape(H, H)
    W_hy = np.asarray(W_hy, dtype=float).reshape(O, H)
    b_h, b_y = np.asarray(b_h, dtype=float), np.asarray(b_y, dtype=float)
    h = np.asarray(h0, dtype=float)
    hs, ys = [], []
    for x in xs:
        h = np.tanh(W_xh @ np.asarray(x, dtype=float) + W_hh @ h + b_h)
        hs.append(h)
        ys.append(W_hy @ h + b_y)
    return {"hs": hs, "ys": ys}
