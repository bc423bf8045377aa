import numpy as np


def oob_score(probas: list[list[list[float]]], in_bag_counts: list[list[int]], y: list[int]):
    if len(probas) == 0 or len(in_bag_counts) != len(probas):
        raise ValueError("one in-bag count vector per tree, at least one tree")
    n = len(y)
    if n == 0 or len(probas[0][0]) == 0:
        raise ValueError("no samples or no classes")
    K = len(probas[0][0])
    if any(len(p) != n or any(len(row) != K for row in p) for p in probas) or any(len(c) != n for c in in_bag_counts):
        raise ValueError("shapes do not match")
    P = np.asarray(probas, dtype=float)                 # M × n × K
    C = np.asarray(in_bag_counts)
    if np.any(C < 0) or np.any(C != np.round(C)):
        raise ValueError("in-bag counts must be non-negative integers")
    if any(not (0 <= v < K) for v in y):
        raise ValueError("labels must be in [0, K)")
    oob = (C == 0).astype(float)                        # M × n
    trees = oob.sum(0)
    with np.errstate(invalid="ignore", divide="ignore"):
        avg = (oob[:, :, None] * P).sum(0) / trees[:, None]   # rows with no OOB tree become NaN
    scored = trees > 0
    if not scored.any():
        return {"oobProba": avg, "score": float("nan")}
    hits = avg[scored].argmax(1) == np.asarray(y)[scored]
    return {"oobProba": avg, "score": float(hits.mean())}
