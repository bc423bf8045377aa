import numpy as np


def averaged_prf(y_true, y_pred, average):
    y_true = np.asarray(y_true)
    y_pred = np.asarray(y_pred)
    n = len(y_true)
    if average == 'micro':
        accuracy = float((y_true == y_pred).sum()) / n  # pooled counts: every metric is the accuracy
        return {"precision": accuracy, "recall": accuracy, "f1": accuracy}
    labels = np.unique(np.concatenate([y_true, y_pred]))
    tp = np.array([np.sum((y_true == k) & (y_pred == k)) for k in labels], dtype=float)
    predicted = np.array([np.sum(y_pred == k) for k in labels], dtype=float)
    support = np.array([np.sum(y_true == k) for k in labels], dtype=float)

    def ratio(a, b):
        return np.divide(a, b, out=np.zeros_like(a), where=b != 0)

    p = ratio(tp, predicted)
    r = ratio(tp, support)
    f = ratio(2 * tp, predicted + support)
    w = support / n if average == 'weighted' else np.full(len(labels), 1 / len(labels))
    return {"precision": float(w @ p), "recall": float(w @ r), "f1": float(w @ f)}
