import numpy as np


def pipeline_cv(X, y, folds, alpha):
    A = np.asarray(X, dtype=float)
    b = np.asarray(y, dtype=float)
    if A.ndim != 2 or A.size == 0 or np.any(np.isinf(A)) or b.shape != (len(A),) or not np.all(np.isfinite(b)):
        raise ValueError("bad X or y")
    if not (0 <= alpha < np.inf) or len(folds) == 0:
        raise ValueError("bad alpha or folds")
    n, d = A.shape
    out = []
    for fold in folds:
        if len(fold) == 0 or len(set(fold)) != len(fold) or any(not (0 <= i < n) for i in fold):
            raise ValueError("bad fold")
        val = np.zeros(n, dtype=bool)
        val[list(fold)] = True
        tr = ~val
        if not tr.any():
            raise ValueError("no training rows")
        observed = ~np.isnan(A[tr])
        if not observed.any(axis=0).all():
            raise ValueError("a column has no observed training value")
        fill = np.nanmean(A[tr], axis=0)
        filled = np.where(np.isnan(A), fill, A)
        mu = filled[tr].mean(axis=0)
        sd = filled[tr].std(axis=0)
        sd[sd == 0] = 1.0
        Z = (filled - mu) / sd
        Zt, yt = Z[tr], b[tr]
        zc, yc = Zt - Zt.mean(axis=0), yt - yt.mean()
        w = np.linalg.solve(zc.T @ zc + alpha * np.eye(d), zc.T @ yc)
        intercept = yt.mean() - Zt.mean(axis=0) @ w
        pred = Z[list(fold)] @ w + intercept
        out.append(float(np.mean((b[list(fold)] - pred) ** 2)))
    return out
