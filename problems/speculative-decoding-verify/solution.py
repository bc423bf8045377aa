import numpy as np


def speculative_verify(draft, target_logits):
    k = len(draft)
    L = np.asarray(target_logits, dtype=float)
    if L.ndim != 2 or L.shape[0] != k + 1 or L.shape[1] == 0 or not np.isfinite(L).all():
        raise ValueError("target_logits must be (k + 1)×V and finite")
    if any(not isinstance(t, int) or not 0 <= t < L.shape[1] for t in draft):
        raise ValueError("draft token out of range")
    tokens, log_prob = [], 0.0
    for i in range(k + 1):
        row = L[i]
        best = int(np.argmax(row))  # the first maximum: ties go to the lower id
        m = row.max()
        log_prob += row[best] - m - np.log(np.exp(row - m).sum())
        tokens.append(best)
        if i == k or draft[i] != best:
            break
    return {"tokens": tokens, "numAccepted": len(tokens) - 1, "logProb": float(log_prob)}
