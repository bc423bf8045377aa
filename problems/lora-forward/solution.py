import numpy as np


def lora_forward(x, W, A, B, alpha):
    W, A, B = (np.asarray(m, dtype=float) for m in (W, A, B))
    if W.ndim != 2 or W.size == 0 or A.ndim != 2 or A.shape[0] != W.shape[0] or A.shape[1] == 0:
        raise ValueError("W must be d×k and A d×r")
    d, k = W.shape
    r = A.shape[1]
    if B.shape != (r, k) or not np.isfinite(alpha):
        raise ValueError("B must be r×k and alpha finite")
    X = np.asarray(x, dtype=float).reshape(len(x), -1) if len(x) else np.zeros((0, d))
    if X.shape[1] != d:
        raise ValueError("x has the wrong width")
    y = X @ W + (alpha / r) * ((X @ A) @ B)
    return {"y": y, "loraParams": r * (d + k), "fullParams": d * k}
