import numpy as np


def linear_svm(X: list[list[float]], y: list[float], lr: float, lam: float, n_iters: int, Xtest: list[list[float]]):
    if len(X) == 0 or len(X[0]) == 0:
        raise ValueError("X is empty")
    d = len(X[0])
    if any(len(r) != d for r in list(X) + list(Xtest)) or len(y) != len(X):
        raise ValueError("bad shapes")
    Xa = np.asarray(X, dtype=float)
    Xt = np.asarray(Xtest, dtype=float).reshape(len(Xtest), d)
    if not (np.all(np.isfinite(Xa)) and np.all(np.isfinite(Xt)) and np.all(np.isfinite(y))):
        raise ValueError("values must be finite")
    if not (lr > 0) or not np.isfinite(lr) or not (lam >= 0) or not np.isfinite(lam) or n_iters < 0:
        raise ValueError("bad hyper-parameters")
    labels = np.where(np.asarray(y, dtype=float) <= 0, -1.0, 1.0)
    w = np.zeros(d)
    b = 0.0
    for _ in range(n_iters):
        for x, yi in zip(Xa, labels):                     # one sample at a time, in order
            if yi * (x @ w - b) >= 1:
                w = w - lr * (2 * lam * w)
            else:
                w = w - lr * (2 * lam * w - yi * x)
                b -= lr * yi
    decision = Xt @ w - b
    return {"w": w, "b": b, "decision": decision, "pred": np.sign(decision)}
