import numpy as np


def _solve(A, b):
    """Gaussian elimination with partial pivoting; a pivot at most p·ε·max|A| counts as zero."""
    p = len(A)
    M = np.hstack([A, b[:, None]]).astype(float)
    tol = p * np.finfo(float).eps * np.abs(A).max()
    for k in range(p):
        piv = k + int(np.argmax(np.abs(M[k:, k])))
        M[[k, piv]] = M[[piv, k]]
        if abs(M[k, k]) <= tol:
            raise ValueError("singular design")
        M[k + 1:] -= np.outer(M[k + 1:, k] / M[k, k], M[k])
    x = np.zeros(p)
    for i in range(p - 1, -1, -1):
        x[i] = (M[i, p] - M[i, i + 1:p] @ x[i + 1:]) / M[i, i]
    return x


def bagging_ols(X: list[list[float]], y: list[float], bootstraps: list[list[int]], Xtest: list[list[float]]):
    if len(X) == 0:
        raise ValueError("X is empty")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    if any(len(r) != d for r in Xtest) or len(y) != n:
        raise ValueError("bad shapes")
    if len(bootstraps) == 0 or any(len(b) == 0 or any(not (0 <= i < n) for i in b) for b in bootstraps):
        raise ValueError("bootstrap samples must be non-empty lists of row indices")
    Z = np.hstack([np.ones((n, 1)), X])
    betas = []
    for rows in bootstraps:
        A = Z[rows]                              # repeated indices repeat the row
        betas.append(_solve(A.T @ A, A.T @ y[rows]))
    B = np.array(betas)                          # models × (1 + d)
    Zt = np.hstack([np.ones((len(Xtest), 1)), np.asarray(Xtest, dtype=float).reshape(len(Xtest), d)])
    predictions = (Zt @ B.T).mean(1) if len(Xtest) else np.zeros(0)
    out_of_bag = np.array([[i not in set(rows) for i in range(n)] for rows in bootstraps])   # models × n
    train_pred = Z @ B.T                          # n × models
    counts = out_of_bag.sum(0)
    with np.errstate(invalid="ignore", divide="ignore"):
        oob = (train_pred * out_of_bag.T).sum(1) / counts
    oob = np.where(counts > 0, oob, np.nan)
    has = counts > 0
    mse = float(((oob[has] - y[has]) ** 2).mean()) if has.any() else float("nan")
    return {"predictions": predictions, "oobPredictions": oob, "oobMse": mse}
