import numpy as np


def gru_forward(xs, h0, Wih, Whh, bih, bhh):
    h = np.asarray(h0, dtype=float)
    Wih, Whh, bih, bhh = (np.asarray(a, dtype=float) for a in (Wih, Whh, bih, bhh))
    H = h.size
    if H == 0 or Wih.ndim != 2 or Wih.shape[0] != 3 * H or Wih.shape[1] == 0 or Whh.shape != (3 * H, H) or bih.shape != (3 * H,) or bhh.shape != (3 * H,):
        raise ValueError("bad GRU shapes")
    if any(len(x) != Wih.shape[1] for x in xs):
        raise ValueError("input width mismatch")
    sig = lambda u: 0.5 * (1 + np.tanh(0.5 * u))
    out = []
    for x in xs:
        gi = Wih @ np.asarray(x, dtype=float) + bih
        gh = Whh @ h + bhh                       # includes b_hn: the reset gate scales it too
        r = sig(gi[:H] + gh[:H])
        z = sig(gi[H:2 * H] + gh[H:2 * H])
        n = np.tanh(gi[2 * H:] + r * gh[2 * H:])
        h = (1 - z) * n + z * h
        out.append(h)
    return out
