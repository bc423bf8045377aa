import numpy as np


def rfe(X, y, keep):
    A = np.asarray(X, dtype=float)
    b = np.asarray(y, dtype=float)
    if A.ndim != 2 or A.shape[0] < 2 or A.shape[1] == 0 or not np.all(np.isfinite(A)):
        raise ValueError("X must be a finite matrix with at least two rows")
    if b.shape != (A.shape[0],) or not np.all(np.isfinite(b)):
        raise ValueError("y needs one finite value per row")
    d = A.shape[1]
    if not (1 <= keep <= d):
        raise ValueError("keep out of range")
    sd = A.std(axis=0)
    Z = (A - A.mean(axis=0)) / np.where(sd > 0, sd, 1.0)
    S = list(range(d))
    order = []
    yc = b - b.mean()
    while len(S) > keep:
        C = Z[:, S] - Z[:, S].mean(axis=0)
        beta = np.linalg.solve(C.T @ C + 1e-10 * np.eye(len(S)), C.T @ yc)
        worst = int(np.argmin(np.abs(beta)))        # first minimum = lowest index on a tie
        order.append(S.pop(worst))
    return {"kept": S, "eliminationOrder": order}
