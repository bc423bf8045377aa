import math


def precision_recall_curve(y_true, scores):
    n = len(y_true)
    if n == 0 or len(scores) != n:
        raise ValueError("y_true and scores need the same, non-zero length")
    if any(y not in (0, 1) for y in y_true):
        raise ValueError("labels must be 0 or 1")
    if any(not math.isfinite(s) for s in scores):
        raise ValueError("scores must be finite")
    positives = sum(y_true)
    if positives == 0:
        raise ValueError("recall is undefined without positive labels")
    order = sorted(range(n), key=lambda i: -scores[i])
    precision, recall, thresholds = [], [], []
    tp = fp = 0
    ap = prev_recall = 0.0
    i = 0
    while i < n:
        t = scores[order[i]]
        while i < n and scores[order[i]] == t:
            if y_true[order[i]] == 1:
                tp += 1
            else:
                fp += 1
            i += 1
        p, r = tp / (tp + fp), tp / positives
        ap += (r - prev_recall) * p
        prev_recall = r
        precision.append(p)
        recall.append(r)
        thresholds.append(t)
    return {"precision": precision[::-1] + [1.0], "recall": recall[::-1] + [0.0], "thresholds": thresholds[::-1], "ap": ap}
