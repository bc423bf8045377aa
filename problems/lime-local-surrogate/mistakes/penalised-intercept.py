# expect: wrong_answer
# mistake: puts the ridge penalty on the intercept as well, shrinking it toward 0
# caught-by: random 1
import numpy as np


def lime_explain(Z, fz, x, kernel_width, ridge):
    Z, fz, x = np.asarray(Z, dtype=float), np.asarray(fz, dtype=float), np.asarray(x, dtype=float)
    n, p = len(Z), x.size
    if n == 0 or p == 0 or Z.shape != (n, p) or fz.shape != (n,):
        raise ValueError("Z must be n×p, fz of length n, x of length p")
    if not (np.all(np.isfinite(Z)) and np.all(np.isfinite(fz)) and np.all(np.isfinite(x))) or not kernel_width > 0 or not 0 <= ridge < np.inf:
        raise ValueError("bad input")
    pi = np.exp(-np.sum((Z - x) ** 2, axis=1) / kernel_width ** 2)
    if pi.sum() == 0:
        raise ValueError("every sample weight underflowed to 0")
    A = np.hstack([np.ones((n, 1)), Z])                 # intercept column first
    P = ridge * np.eye(p + 1)
    M = A.T @ (pi[:, None] * A) + P
    if np.linalg.cond(M) > 1e12:
        raise ValueError("the weighted least-squares problem is singular")
    theta = np.linalg.solve(M, A.T @ (pi * fz))
    pred = A @ theta
    fbar = np.sum(pi * fz) / pi.sum()
    tot = np.sum(pi * (fz - fbar) ** 2)
    score = 1 - np.sum(pi * (fz - pred) ** 2) / tot if tot > 0 else 1.0
    return {"intercept": theta[0], "weights": theta[1:], "sampleWeights": pi, "score": score}
