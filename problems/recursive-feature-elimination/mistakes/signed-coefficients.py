# expect: wrong_answer
# mistake: drops the feature with the smallest signed coefficient (most negative) instead of the smallest magnitude
# caught-by: random 2
import numpy as np


def rfe(X, y, keep):
    A, b = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    if A.ndim != 2 or A.shape[0] < 2 or b.shape != (A.shape[0],) or not (1 <= keep <= A.shape[1]):
        raise ValueError("bad input")
    sd = A.std(axis=0)
    Z = (A - A.mean(axis=0)) / np.where(sd > 0, sd, 1.0)
    S, order = list(range(A.shape[1])), []
    while len(S) > keep:
        C = Z[:, S] - Z[:, S].mean(axis=0)
        beta = np.linalg.solve(C.T @ C + 1e-10 * np.eye(len(S)), C.T @ (b - b.mean()))
        order.append(S.pop(int(np.argmin(beta))))
    return {"kept": S, "eliminationOrder": order}
