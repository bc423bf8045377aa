import numpy as np


def gaussian_nb(X, y, X_test, var_smoothing):
    if len(X) == 0 or len(y) != len(X):
        raise ValueError('X must be non-empty with one label per row')
    d = len(X[0])
    if any(len(row) != d for row in list(X) + list(X_test)):
        raise ValueError('every row must have d columns')
    if not var_smoothing >= 0:
        raise ValueError('var_smoothing must be >= 0')
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    eps = var_smoothing * X.var(axis=0).max()
    classes = np.unique(y)
    priors = np.array([np.mean(y == c) for c in classes])
    means = np.array([X[y == c].mean(axis=0) for c in classes])
    variances = np.array([X[y == c].var(axis=0) for c in classes]) + eps
    if np.any(variances <= 0):
        raise ValueError('a smoothed variance is 0')
    T = np.asarray(X_test, dtype=float).reshape(len(X_test), d)
    diff = T[:, None, :] - means[None, :, :]
    log_joint = np.log(priors) - (0.5 * np.log(2 * np.pi * variances) + diff ** 2 / (2 * variances)).sum(axis=2)
    top = log_joint.max(axis=1, keepdims=True) if len(T) else np.zeros((0, 1))
    log_proba = log_joint - (top + np.log(np.exp(log_joint - top).sum(axis=1, keepdims=True)))
    return {"classes": classes, "logJoint": log_joint, "logProba": log_proba, "pred": classes[log_joint.argmax(axis=1)] if len(T) else []}
