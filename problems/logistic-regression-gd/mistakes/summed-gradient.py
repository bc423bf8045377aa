# expect: wrong_answer
# mistake: follows the summed loss: gradient X.T @ (p - y) without the 1/n, so the step is n times too large
# caught-by: all labels zero
import numpy as np


def sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


def logistic_regression_gd(X, y, lr, n_iters, l2, X_test):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    history = []
    for _ in range(n_iters):
        z = X @ w + b
        history.append(float(np.mean(np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z))) - y * z) + 0.5 * l2 * (w @ w)))
        err = sigmoid(z) - y
        w, b = w - lr * (X.T @ err + l2 * w), b - lr * err.sum()
    T = np.asarray(X_test, dtype=float).reshape(len(X_test), d)
    return {"weights": w, "bias": float(b), "lossHistory": history, "proba": sigmoid(T @ w + b)}
