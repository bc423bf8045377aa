import numpy as np


def fit_stump(X, r, thresholds):
    """Least-squares stump on residuals r: (feature, threshold, left value, right value), or None."""
    n = len(r)
    r_mean = r.mean()
    s0 = ((r - r_mean) ** 2).sum()
    best, best_sse = None, np.inf
    for j, ts in enumerate(thresholds):
        for t in ts:
            left = X[:, j] <= t
            a, b = r[left].mean(), r[~left].mean()
            sse = ((r - np.where(left, a, b)) ** 2).sum()
            if best is None or sse < best_sse - 1e-9 * s0:
                best, best_sse = (j, t, a, b), sse
    return best, r_mean


def gradient_boosting_stumps(X, y, M, nu, X_test):
    if len(X) == 0:
        raise ValueError('X is empty')
    d = len(X[0])
    if any(len(row) != d for row in list(X) + list(X_test)) or len(y) != len(X):
        raise ValueError('X, X_test and y must agree in shape')
    if not (isinstance(M, int) and M >= 0) or not nu > 0:
        raise ValueError('M must be a non-negative integer and nu > 0')
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    T = np.asarray(X_test, dtype=float).reshape(len(X_test), d)
    thresholds = []
    for j in range(d):
        u = np.unique(X[:, j])
        thresholds.append((u[:-1] + u[1:]) / 2)
    fit = np.full(len(y), y.mean())
    pred = np.full(len(T), y.mean())
    train_mse = []
    for _ in range(M):
        stump, r_mean = fit_stump(X, y - fit, thresholds)
        if stump is None:
            fit = fit + nu * r_mean
            pred = pred + nu * r_mean
        else:
            j, t, a, b = stump
            fit = fit + nu * np.where(X[:, j] <= t, a, b)
            pred = pred + nu * np.where(T[:, j] <= t, a, b)
        train_mse.append(float(((y - fit) ** 2).mean()))
    return {"trainMse": train_mse, "predictions": pred}
