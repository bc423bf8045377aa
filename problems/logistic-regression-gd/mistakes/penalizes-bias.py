# expect: wrong_answer
# mistake: applies the L2 penalty (and its gradient) to the bias as well as the weights
# caught-by: all labels one, with penalty
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
        loss = np.mean(np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z))) - y * z)
        history.append(float(loss + 0.5 * l2 * (w @ w + b * b)))
        err = sigmoid(z) - y
        w, b = w - lr * (X.T @ err / n + l2 * w), b - lr * (err.mean() + l2 * b)
    T = np.asarray(X_test, dtype=float).reshape(len(X_test), d)
    return {"weights": w, "bias": float(b), "lossHistory": history, "proba": sigmoid(T @ w + b)}
