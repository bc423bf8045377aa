import numpy as np


def linear_regression_gd(X: list[list[float]], y: list[float], lr: float, n_iters: int, penalty: str, lam: float):
    if len(X) == 0 or len(X[0]) == 0 or any(len(r) != len(X[0]) for r in X):
        raise ValueError("X must be a non-empty matrix")
    A = np.asarray(X, dtype=float)
    t = np.asarray(y, dtype=float)
    if not np.all(np.isfinite(A)) or len(t) != len(A) or not np.all(np.isfinite(t)):
        raise ValueError("finite rows and one finite target per row")
    if not (lr > 0) or not np.isfinite(lr) or n_iters < 0 or penalty not in ("none", "l1", "l2") or not (lam >= 0) or not np.isfinite(lam):
        raise ValueError("bad hyper-parameters")
    n = len(t)
    w, b = np.zeros(A.shape[1]), 0.0
    history = []
    for _ in range(n_iters):
        r = A @ w + b - t
        cost = r @ r / (2 * n)
        g = A.T @ r / n
        if penalty == "l2":
            cost += lam / (2 * n) * w @ w
            g = g + lam / n * w
        elif penalty == "l1":
            cost += lam / n * np.abs(w).sum()
            g = g + lam / n * np.sign(w)          # np.sign(0) = 0
        history.append(float(cost))
        w = w - lr * g
        b -= lr * r.mean()                        # the bias is never penalised
    return {"weights": w, "bias": b, "costHistory": history}
