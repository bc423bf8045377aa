import numpy as np


def _factors(d, w, means, covs):
    if len(w) == 0 or len(means) != len(w) or len(covs) != len(w):
        raise ValueError("one weight, mean and covariance per component")
    if not np.all(np.isfinite(w)) or np.any(w < 0) or abs(w.sum() - 1) > 1e-9:
        raise ValueError("weights must be >= 0 and sum to 1")
    Ls = []
    for m, S in zip(means, covs):
        if m.shape != (d,) or not np.all(np.isfinite(m)) or S.shape != (d, d) or not np.all(np.isfinite(S)):
            raise ValueError("bad mean or covariance")
        if np.abs(S - S.T).max() > 1e-12 * np.abs(S).max():
            raise ValueError("covariance is not symmetric")
        L = np.zeros((d, d))
        floor = d * np.finfo(float).eps * np.abs(np.diag(S)).max()
        for j in range(d):
            s = S[j, j] - L[j, :j] @ L[j, :j]
            if not s > floor:
                raise ValueError("covariance is not positive definite")
            L[j, j] = np.sqrt(s)
            L[j + 1:, j] = (S[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
        Ls.append(L)
    return Ls


def gmm_em(X: list[list[float]], weights0: list[float], means0: list[list[float]], covs0: list[list[list[float]]],
           n_iter: int, reg_covar: float):
    if len(X) == 0 or len(X[0]) == 0 or any(len(r) != len(X[0]) for r in X):
        raise ValueError("X must be a non-empty matrix")
    X = np.asarray(X, dtype=float)
    n, d = X.shape
    if not np.all(np.isfinite(X)) or n_iter < 0 or not (reg_covar >= 0) or not np.isfinite(reg_covar):
        raise ValueError("bad inputs")
    w = np.asarray(weights0, dtype=float)
    means = [np.asarray(m, dtype=float) for m in means0]
    covs = [np.asarray(S, dtype=float) for S in covs0]
    history = []
    for _ in range(n_iter):
        Ls = _factors(d, w, means, covs)
        ell = np.empty((n, len(w)))
        for k, (m, L) in enumerate(zip(means, Ls)):
            z = np.linalg.solve(L, (X - m).T)
            with np.errstate(divide="ignore"):
                ell[:, k] = np.log(w[k]) - 0.5 * (d * np.log(2 * np.pi) + 2 * np.log(np.diag(L)).sum() + (z ** 2).sum(0))
        mx = ell.max(1, keepdims=True)
        lse = mx + np.log(np.exp(ell - mx).sum(1, keepdims=True))
        history.append(float(lse.sum()))
        R = np.exp(ell - lse)
        N = R.sum(0)
        w = N / n
        for k in range(len(w)):
            if N[k] < 1e-12:
                continue                                  # an empty component keeps its parameters
            means[k] = R[:, k] @ X / N[k]
            D = X - means[k]                              # around the new mean
            covs[k] = (R[:, k, None] * D).T @ D / N[k] + reg_covar * np.eye(d)   # maximum likelihood: divide by N_k
    _factors(d, w, means, covs)
    return {"weights": w, "means": np.array(means), "covs": np.array(covs), "logLikHistory": history}
