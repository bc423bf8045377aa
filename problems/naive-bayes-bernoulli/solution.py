import numpy as np


def bernoulli_nb(Xtrain: list[list[float]], ytrain: list[float], Xtest: list[list[float]], alpha: float):
    if len(Xtrain) == 0 or len(Xtrain[0]) == 0:
        raise ValueError("Xtrain is empty")
    d = len(Xtrain[0])
    if any(len(r) != d for r in list(Xtrain) + list(Xtest)) or len(ytrain) != len(Xtrain):
        raise ValueError("bad shapes")
    X = np.asarray(Xtrain, dtype=float)
    Xt = np.asarray(Xtest, dtype=float).reshape(len(Xtest), d)
    if not (np.isin(X, (0, 1)).all() and np.isin(Xt, (0, 1)).all()) or not np.all(np.isfinite(ytrain)):
        raise ValueError("features must be 0 or 1")
    if not (alpha > 0) or not np.isfinite(alpha):
        raise ValueError("alpha must be positive")
    y = np.asarray(ytrain, dtype=float)
    classes = np.unique(y)
    p = np.array([(X[y == c].sum(0) + alpha) / ((y == c).sum() + 2 * alpha) for c in classes])   # 2α: two values
    log_prior = np.log([np.mean(y == c) for c in classes])
    joint = Xt @ np.log(p).T + (1 - Xt) @ np.log1p(-p).T + log_prior      # absent features count too
    m = joint.max(1, keepdims=True)
    log_proba = joint - (m + np.log(np.exp(joint - m).sum(1, keepdims=True)))
    return {"classes": classes, "logProba": log_proba, "predictions": classes[log_proba.argmax(1)]}
