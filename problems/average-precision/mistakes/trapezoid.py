# expect: wrong_answer
# mistake: integrates the precision-recall curve with np.trapz, which is more optimistic than the step-wise AP
# caught-by: positives ranked last
import numpy as np


def precision_recall_curve(y_true, scores):
    n = len(y_true)
    if n == 0 or len(scores) != n or any(y not in (0, 1) for y in y_true) or sum(y_true) == 0:
        raise ValueError("bad input")
    order = sorted(range(n), key=lambda i: -scores[i])
    P = sum(y_true)
    precision, recall, thresholds = [], [], []
    tp = fp = 0
    i = 0
    while i < n:
        t = scores[order[i]]
        while i < n and scores[order[i]] == t:
            tp += y_true[order[i]]
            fp += 1 - y_true[order[i]]
            i += 1
        precision.append(tp / (tp + fp))
        recall.append(tp / P)
        thresholds.append(t)
    ap = float(np.trapz([1.0] + precision, [0.0] + recall))
    return {"precision": precision[::-1] + [1.0], "recall": recall[::-1] + [0.0], "thresholds": thresholds[::-1], "ap": ap}
