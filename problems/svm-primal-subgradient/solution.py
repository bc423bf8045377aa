import numpy as np


def svm_subgradient(X: list[list[float]], y: list[int], C: float, lr: float, steps: int):
    if len(X) == 0 or len(X[0]) == 0 or any(len(r) != len(X[0]) for r in X):
        raise ValueError("X must be a non-empty matrix")
    Xa = np.asarray(X, dtype=float)
    if not np.all(np.isfinite(Xa)) or len(y) != len(X) or any(v not in (1, -1) for v in y):
        raise ValueError("finite rows and one label of -1 or +1 per row")
    if not (C >= 0) or not np.isfinite(C) or not (lr > 0) or not np.isfinite(lr) or steps < 0:
        raise ValueError("bad hyper-parameters")
    ya = np.asarray(y, dtype=float)
    w = np.zeros(Xa.shape[1])
    b = 0.0
    objective = []
    for _ in range(steps):
        m = ya * (Xa @ w + b)
        active = m < 1                                    # a margin of exactly 1 does not count
        objective.append(0.5 * float(w @ w) + C * float(np.maximum(0.0, 1 - m).sum()))
        gw = w - C * (ya[active] @ Xa[active])
        gb = -C * float(ya[active].sum())                 # the bias is not regularised
        w = w - lr * gw
        b -= lr * gb
    return {"w": w, "b": b, "objective": objective}
