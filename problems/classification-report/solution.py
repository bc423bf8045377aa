import numpy as np


def classification_report(y_true, y_pred, K):
    if not isinstance(K, int) or K < 1:
        raise ValueError("K must be a positive integer")
    n = len(y_true)
    if n == 0 or len(y_pred) != n:
        raise ValueError("y_true and y_pred need the same, non-zero length")
    for v in list(y_true) + list(y_pred):
        if not isinstance(v, int) or not 0 <= v < K:
            raise ValueError("labels must be integers in [0, K)")
    cm = np.zeros((K, K))
    np.add.at(cm, (np.asarray(y_true), np.asarray(y_pred)), 1)
    tp = np.diag(cm)
    predicted, support = cm.sum(axis=0), cm.sum(axis=1)
    precision = np.divide(tp, predicted, out=np.zeros(K), where=predicted > 0)
    recall = np.divide(tp, support, out=np.zeros(K), where=support > 0)
    denom = precision + recall
    f1 = np.divide(2 * precision * recall, denom, out=np.zeros(K), where=denom > 0)
    rows = [[precision[k], recall[k], f1[k], support[k]] for k in range(K)]
    macro = [precision.mean(), recall.mean(), f1.mean(), n]
    weighted = [float(precision @ support / n), float(recall @ support / n), float(f1 @ support / n), n]
    return rows + [macro, weighted, [tp.sum() / n]]
