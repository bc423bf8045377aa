import numpy as np


def sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def logistic_regression_gd(X, y, lr, n_iters, l2, X_test):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    history = []
    for _ in range(n_iters):
        z = X @ w + b
        softplus = np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z)))
        history.append(float((softplus - y * z).mean() + 0.5 * l2 * (w @ w)))
        err = sigmoid(z) - y
        grad_w = X.T @ err / n + l2 * w
        grad_b = err.mean()
        w = w - lr * grad_w
        b = b - lr * grad_b
    T = np.asarray(X_test, dtype=float).reshape(len(X_test), d)
    return {"weights": w, "bias": float(b), "lossHistory": history, "proba": sigmoid(T @ w + b)}
