# expect: wrong_answer
# mistake: imputes the validation rows with the validation fold's own column means instead of the training means
# caught-by: NaN only in a validation fold
import numpy as np


def pipeline_cv(X, y, folds, alpha):
    A, b = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    if A.ndim != 2 or b.shape != (len(A),) or alpha < 0 or len(folds) == 0:
        raise ValueError("bad input")
    n, d = A.shape
    out = []
    for fold in folds:
        val = np.zeros(n, dtype=bool)
        val[list(fold)] = True
        tr = ~val
        if len(fold) == 0 or not tr.any():
            raise ValueError("bad fold")
        filled = A.copy()
        for part in (tr, val):
            means = np.nanmean(A[part], axis=0)
            block = filled[part]
            filled[part] = np.where(np.isnan(block), np.where(np.isnan(means), np.nanmean(A[tr], axis=0), means), block)
        mu, sd = filled[tr].mean(axis=0), filled[tr].std(axis=0)
        sd[sd == 0] = 1.0
        Z = (filled - mu) / sd
        zc, yc = Z[tr] - Z[tr].mean(axis=0), b[tr] - b[tr].mean()
        w = np.linalg.solve(zc.T @ zc + alpha * np.eye(d), zc.T @ yc)
        pred = Z[list(fold)] @ w + b[tr].mean() - Z[tr].mean(axis=0) @ w
        out.append(float(np.mean((b[list(fold)] - pred) ** 2)))
    return out
