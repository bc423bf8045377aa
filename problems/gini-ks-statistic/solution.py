import math


def gini_ks(y_true, scores):
    n = len(y_true)
    if n == 0 or len(scores) != n:
        raise ValueError("y_true and scores need the same, non-zero length")
    if any(y not in (0, 1) for y in y_true):
        raise ValueError("labels must be 0 or 1")
    if any(not math.isfinite(s) for s in scores):
        raise ValueError("scores must be finite")
    P = sum(y_true)
    N = n - P
    if P == 0 or N == 0:
        raise ValueError("both classes are needed")
    order = sorted(range(n), key=lambda i: -scores[i])
    tp = fp = 0
    area = 0.0
    best, best_t = -1, float("nan")
    i = 0
    while i < n:
        t = scores[order[i]]
        dp = dn = 0
        while i < n and scores[order[i]] == t:
            if y_true[order[i]] == 1:
                dp += 1
            else:
                dn += 1
            i += 1
        area += dn * (tp + dp / 2)
        tp += dp
        fp += dn
        gap = abs(tp * N - fp * P)  # exact integer: ties between thresholds are exact
        if gap > best:
            best, best_t = gap, t
    auc = area / (P * N)
    return {"auc": auc, "gini": 2 * auc - 1, "ks": best / (P * N), "ksThreshold": best_t}
