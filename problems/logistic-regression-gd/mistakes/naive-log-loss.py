# expect: wrong_answer
# mistake: loss computed as -(y log p + (1-y) log(1-p)) from the rounded sigmoid: -inf/nan once p rounds to 0 or 1
# caught-by: features near 1000 saturate the sigmoid
import numpy as np


def logistic_regression_gd(X, y, lr, n_iters, l2, X_test):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    history = []
    for _ in range(n_iters):
        p = 1 / (1 + np.exp(-(X @ w + b)))
        with np.errstate(divide='ignore', invalid='ignore'):
            loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
        history.append(float(loss + 0.5 * l2 * (w @ w)))
        w, b = w - lr * (X.T @ (p - y) / n + l2 * w), b - lr * np.mean(p - y)
    T = np.asarray(X_test, dtype=float).reshape(len(X_test), d)
    return {"weights": w, "bias": float(b), "lossHistory": history, "proba": 1 / (1 + np.exp(-(T @ w + b)))}
