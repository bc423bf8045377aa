import numpy as np


def elastic_net_cd(X, y, alpha, l1_ratio, max_iter, tol):
    if len(X) == 0 or len(y) != len(X) or len({len(row) for row in X}) != 1:
        raise ValueError('X must be a non-empty matrix with one target per row')
    if not alpha >= 0 or not 0 <= l1_ratio <= 1:
        raise ValueError('alpha must be >= 0 and l1_ratio in [0, 1]')
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc = X - x_mean
    norms = (Xc ** 2).sum(axis=0) / n
    r = y - y_mean
    w = np.zeros(p)
    l1, l2 = alpha * l1_ratio, alpha * (1 - l1_ratio)
    for _ in range(max_iter):
        biggest = 0.0
        for j in range(p):
            if norms[j] == 0:
                continue  # a constant column keeps w_j = 0
            z = Xc[:, j] @ r / n + norms[j] * w[j]
            new = np.sign(z) * max(abs(z) - l1, 0.0) / (norms[j] + l2)
            step = new - w[j]
            if step != 0:
                r -= Xc[:, j] * step
                w[j] = new
            biggest = max(biggest, abs(step))
        if biggest < tol:
            break
    return {"coef": w, "intercept": float(y_mean - x_mean @ w)}
