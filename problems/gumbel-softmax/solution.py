import numpy as np


def gumbel_softmax(logits, u, tau):
    if not (0 < tau < np.inf) or len(u) != len(logits):
        raise ValueError("tau must be > 0 and u must match logits")
    soft, hard = [], []
    for row, ur in zip(logits, u):
        l = np.asarray(row, dtype=float)
        uu = np.asarray(ur, dtype=float)
        if l.size == 0 or uu.shape != l.shape or ((uu < 0) | (uu > 1) | np.isnan(uu)).any():
            raise ValueError("each row of u must match its logits and lie in [0, 1]")
        if np.isnan(l).any() or np.isposinf(l).any() or np.isneginf(l).all():
            raise ValueError("bad logits")
        y = l - np.log(-np.log(np.clip(uu, 1e-10, 1 - 1e-10)))
        best = int(np.argmax(y))                   # first maximum on ties
        e = np.exp((y - y[best]) / tau)
        soft.append(e / e.sum())
        one_hot = np.zeros(l.size, dtype=int)
        one_hot[best] = 1
        hard.append(one_hot)
    return {"soft": soft, "hard": hard}
