import numpy as np


def vif(X):
    n = len(X)
    if n < 2:
        raise ValueError("X needs at least two rows")
    d = len(X[0])
    if d == 0 or any(len(r) != d for r in X):
        raise ValueError("X must be a matrix with at least one column")
    A = np.asarray(X, dtype=float)
    if not np.all(np.isfinite(A)):
        raise ValueError("X must be finite")
    C = A - A.mean(axis=0)  # centring = the intercept of every auxiliary regression
    out = []
    for j in range(d):
        target = C[:, j]
        tss = float(target @ target)
        if tss == 0:
            out.append(float("nan"))
            continue
        others = np.delete(C, j, axis=1)
        if others.shape[1] == 0:
            out.append(1.0)
            continue
        coef = np.linalg.lstsq(others, target, rcond=None)[0]  # least squares, fine when the others are collinear
        r2 = 1 - float(np.sum((target - others @ coef) ** 2)) / tss
        out.append(float("inf") if r2 >= 1 - 1e-12 else 1 / (1 - r2))
    return out
