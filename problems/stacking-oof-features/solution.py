import numpy as np


def _solve(A, b):
    p = len(A)
    tol = p * np.finfo(float).eps * np.abs(A).max()
    M = np.hstack([A, b[:, None]]).astype(float)
    for k in range(p):
        piv = k + int(np.argmax(np.abs(M[k:, k])))
        M[[k, piv]] = M[[piv, k]]
        if abs(M[k, k]) <= tol:
            raise ValueError("singular system")
        M[k + 1:] -= np.outer(M[k + 1:, k] / M[k, k], M[k])
    x = np.zeros(p)
    for i in range(p - 1, -1, -1):
        x[i] = (M[i, p] - M[i, i + 1:p] @ x[i + 1:]) / M[i, i]
    return x


def _ridge(X, y, alpha):
    """Σ(y − c − x·w)² + α‖w‖² with an unpenalised intercept: centre, solve, recover c."""
    mx, my = X.mean(0), y.mean()
    Xc = X - mx
    w = _solve(Xc.T @ Xc + alpha * np.eye(X.shape[1]), Xc.T @ (y - my))
    return my - mx @ w, w


def stacking(X: list[list[float]], y: list[float], alphas: list[float], folds: list[list[int]],
             Xtest: list[list[float]], meta_ridge: float):
    if len(X) == 0 or len(X[0]) == 0:
        raise ValueError("X is empty")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    if any(len(r) != d for r in Xtest) or len(y) != n:
        raise ValueError("bad shapes")
    if len(alphas) == 0 or any(not (a >= 0) or not np.isfinite(a) for a in alphas) or not (meta_ridge >= 0) or not np.isfinite(meta_ridge):
        raise ValueError("penalties must be finite and >= 0")
    owner = np.full(n, -1)
    if len(folds) < 2:
        raise ValueError("at least two folds")
    for k, fold in enumerate(folds):
        if len(fold) == 0 or any(not (0 <= i < n) or owner[i] != -1 for i in fold):
            raise ValueError("folds must partition the rows")
        owner[list(fold)] = k
    if np.any(owner < 0):
        raise ValueError("folds must partition the rows")
    oof = np.zeros((n, len(alphas)))
    for k, fold in enumerate(folds):
        train = owner != k                      # base models never see the rows they predict
        for b, a in enumerate(alphas):
            c, w = _ridge(X[train], y[train], a)
            oof[fold, b] = c + X[fold] @ w
    mc, mw = _ridge(oof, y, meta_ridge)
    full = [_ridge(X, y, a) for a in alphas]
    Xt = np.asarray(Xtest, dtype=float).reshape(len(Xtest), d)
    base = np.stack([c + Xt @ w for c, w in full], 1) if len(Xtest) else np.zeros((0, len(alphas)))
    return {"oof": oof, "metaWeights": mw, "metaIntercept": float(mc), "testPredictions": mc + base @ mw}
