import numpy as np


def _factors(d, weights, means, covs):
    if len(weights) == 0 or len(means) != len(weights) or len(covs) != len(weights):
        raise ValueError("one weight, mean and covariance per component")
    w = np.asarray(weights, dtype=float)
    if not np.all(np.isfinite(w)) or np.any(w < 0) or abs(w.sum() - 1) > 1e-9:
        raise ValueError("weights must be >= 0 and sum to 1")
    Ls = []
    for m, S in zip(means, covs):
        S = np.asarray(S, dtype=float)
        if len(m) != d or not np.all(np.isfinite(m)) or S.shape != (d, d) or not np.all(np.isfinite(S)):
            raise ValueError("bad mean or covariance shape")
        if np.abs(S - S.T).max() > 1e-12 * np.abs(S).max():
            raise ValueError("covariance is not symmetric")
        L = np.zeros((d, d))
        floor = d * np.finfo(float).eps * np.abs(np.diag(S)).max()
        for j in range(d):                          # Cholesky with an explicit positive-definiteness test
            s = S[j, j] - L[j, :j] @ L[j, :j]
            if not s > floor:
                raise ValueError("covariance is not positive definite")
            L[j, j] = np.sqrt(s)
            L[j + 1:, j] = (S[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
        Ls.append(L)
    return w, Ls


def _log_joint(X, w, means, Ls):
    d = X.shape[1]
    out = np.empty((len(X), len(w)))
    for k, (m, L) in enumerate(zip(means, Ls)):
        z = np.linalg.solve(L, (X - np.asarray(m, dtype=float)).T)       # L z = x − μ
        with np.errstate(divide="ignore"):
            out[:, k] = np.log(w[k]) - 0.5 * (d * np.log(2 * np.pi) + 2 * np.log(np.diag(L)).sum() + (z ** 2).sum(0))
    return out


def gmm_e_step(X: list[list[float]], weights: list[float], means: list[list[float]], covs: list[list[list[float]]]):
    if len(X) == 0 or len(X[0]) == 0 or any(len(r) != len(X[0]) for r in X):
        raise ValueError("X must be a non-empty matrix")
    X = np.asarray(X, dtype=float)
    if not np.all(np.isfinite(X)):
        raise ValueError("X must be finite")
    w, Ls = _factors(X.shape[1], weights, means, covs)
    ell = _log_joint(X, w, means, Ls)
    m = ell.max(1, keepdims=True)
    lse = m + np.log(np.exp(ell - m).sum(1, keepdims=True))         # log-sum-exp: no 0/0 far from the data
    return {"resp": np.exp(ell - lse), "logLik": float(lse.sum())}
