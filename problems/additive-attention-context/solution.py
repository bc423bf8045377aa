import numpy as np


def additive_attention(s, H, Ws, Wh, b, v):
    s, H, Ws, Wh, b, v = (np.asarray(a, dtype=float) for a in (s, H, Ws, Wh, b, v))
    if H.ndim != 2 or H.shape[0] == 0 or v.ndim != 1 or v.size == 0:
        raise ValueError("H must be a non-empty S×d_h matrix and v non-empty")
    A = v.size
    if Ws.shape != (A, s.size) or Wh.shape != (A, H.shape[1]) or b.shape != (A,):
        raise ValueError("Ws, Wh and b must have A rows")
    scores = np.tanh(Ws @ s + b + H @ Wh.T) @ v  # one tanh per attention unit, then the dot with v
    e = np.exp(scores - scores.max())
    weights = e / e.sum()
    return {"scores": scores, "weights": weights, "context": weights @ H}
