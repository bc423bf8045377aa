import math

import numpy as np


def inception_score(probs):
    if len(probs) == 0:
        raise ValueError("need at least one sample")
    K = len(probs[0])
    if K == 0 or any(len(r) != K for r in probs):
        raise ValueError("rows need the same, non-zero number of classes")
    P = np.asarray(probs, dtype=float)
    if not np.all(np.isfinite(P)) or np.any(P < 0) or np.any(np.abs(P.sum(axis=1) - 1) > 1e-9):
        raise ValueError("every row must be a probability vector")
    py = P.mean(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(P > 0, P * np.log(P / py), 0.0)
    return math.exp(float(terms.sum(axis=1).mean()))
