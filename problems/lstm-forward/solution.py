import numpy as np


def sigmoid(u):
    e = np.exp(-np.abs(u))
    return np.where(u >= 0, 1 / (1 + e), e / (1 + e))


def lstm_forward(xs, h0, c0, W_ih, W_hh, b_ih, b_hh):
    H = len(h0)
    D = len(W_ih[0]) if W_ih else 0
    if len(c0) != H or len(W_ih) != 4 * H or len(W_hh) != 4 * H or len(b_ih) != 4 * H or len(b_hh) != 4 * H:
        raise ValueError('inconsistent shapes')
    if any(len(r) != D for r in W_ih) or any(len(r) != H for r in W_hh) or any(len(x) != D for x in xs):
        raise ValueError('inconsistent shapes')
    W_ih, W_hh = np.asarray(W_ih, dtype=float), np.asarray(W_hh, dtype=float)
    bias = np.asarray(b_ih, dtype=float) + np.asarray(b_hh, dtype=float)
    h = np.asarray(h0, dtype=float)
    c = np.asarray(c0, dtype=float)
    hs = []
    for x in xs:
        a = W_ih @ np.asarray(x, dtype=float) + W_hh @ h + bias
        i, f, g, o = sigmoid(a[:H]), sigmoid(a[H:2 * H]), np.tanh(a[2 * H:3 * H]), sigmoid(a[3 * H:])
        c = f * c + i * g
        h = o * np.tanh(c)
        hs.append(h)
    return {"hs": hs, "cT": c}
