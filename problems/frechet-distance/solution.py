import numpy as np


def _check(X):
    if len(X) < 2:
        raise ValueError("need at least two rows per set")
    d = len(X[0])
    if d < 1 or any(len(r) != d for r in X):
        raise ValueError("rows must all have the same number d >= 1 of features")
    a = np.array(X, dtype=float)
    if not np.all(np.isfinite(a)):
        raise ValueError("features must be finite")
    return a


def fid(feat_real, feat_gen):
    r, g = _check(feat_real), _check(feat_gen)
    if r.shape[1] != g.shape[1]:
        raise ValueError("both sets need the same number of features")
    m1, m2 = r.mean(axis=0), g.mean(axis=0)
    c1 = np.atleast_2d(np.cov(r, rowvar=False))
    c2 = np.atleast_2d(np.cov(g, rowvar=False))
    w, v = np.linalg.eigh(c1)
    root = (v * np.sqrt(np.clip(w, 0, None))) @ v.T
    m = root @ c2 @ root
    lam = np.linalg.eigvalsh((m + m.T) / 2)
    tr = float(np.sum(np.sqrt(np.clip(lam, 0, None))))
    out = float(np.sum((m1 - m2) ** 2) + np.trace(c1) + np.trace(c2) - 2 * tr)
    return max(0.0, out)
