# expect: wrong_answer
# mistake: fits without centring, as if the model had no intercept
# caught-by: features far from zero mean
import numpy as np


def lasso_path(X, y, alphas, max_iter, tol):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    if X.ndim != 2 or X.size == 0 or y.shape != (len(X),) or not (np.all(np.isfinite(X)) and np.all(np.isfinite(y))):
        raise ValueError("X must be a finite n×p matrix and y of length n")
    if any(not (a >= 0) or not np.isfinite(a) for a in alphas):
        raise ValueError("alphas must be finite and >= 0")
    n, p = X.shape
    Xc, yc = X.copy(), y.copy()
    sq = (Xc ** 2).sum(axis=0) / n
    alpha_max = float(np.max(np.abs(Xc.T @ yc)) / n)
    w, r = np.zeros(p), yc.copy()
    coefs = []
    for alpha in alphas:                      # warm start from the previous alpha's solution
        for _ in range(max_iter):
            max_change = 0.0
            for j in range(p):
                if sq[j] == 0:
                    continue
                z = Xc[:, j] @ r / n + sq[j] * w[j]
                new = np.sign(z) * max(abs(z) - alpha, 0.0) / sq[j]
                if new != w[j]:
                    r -= Xc[:, j] * (new - w[j])
                    max_change = max(max_change, abs(new - w[j]))
                    w[j] = new
            if max_change < tol:
                break
        coefs.append(w.copy())
    return coefs, [int(np.count_nonzero(c)) for c in coefs], alpha_max
