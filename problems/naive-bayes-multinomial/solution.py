import numpy as np


def multinomial_nb(Xtrain: list[list[float]], ytrain: list[float], Xtest: list[list[float]], alpha: float):
    if len(Xtrain) == 0 or len(Xtrain[0]) == 0:
        raise ValueError("Xtrain is empty")
    V = len(Xtrain[0])
    if any(len(r) != V for r in list(Xtrain) + list(Xtest)) or len(ytrain) != len(Xtrain):
        raise ValueError("bad shapes")
    X = np.asarray(Xtrain, dtype=float)
    Xt = np.asarray(Xtest, dtype=float).reshape(len(Xtest), V)
    if np.any(~np.isfinite(X)) or np.any(X < 0) or np.any(~np.isfinite(Xt)) or np.any(Xt < 0) or not np.all(np.isfinite(ytrain)):
        raise ValueError("counts must be finite and >= 0")
    if not (alpha > 0) or not np.isfinite(alpha):
        raise ValueError("alpha must be positive")
    y = np.asarray(ytrain, dtype=float)
    classes = np.unique(y)
    N = np.array([X[y == c].sum(0) for c in classes])
    log_theta = np.log((N + alpha) / (N.sum(1, keepdims=True) + alpha * V))   # α for each of the V words
    log_prior = np.log([np.mean(y == c) for c in classes])
    joint = Xt @ log_theta.T + log_prior
    m = joint.max(1, keepdims=True)
    log_proba = joint - (m + np.log(np.exp(joint - m).sum(1, keepdims=True)))
    return {"classes": classes, "logProba": log_proba, "predictions": classes[log_proba.argmax(1)]}
