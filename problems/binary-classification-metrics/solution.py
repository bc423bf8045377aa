import numpy as np


def binary_metrics(y_true, y_pred, pos_label):
    if len(y_true) == 0 or len(y_true) != len(y_pred):
        raise ValueError('need two non-empty arrays of the same length')
    actual = np.asarray(y_true) == pos_label
    predicted = np.asarray(y_pred) == pos_label
    tp = int(np.sum(actual & predicted))
    fp = int(np.sum(~actual & predicted))
    fn = int(np.sum(actual & ~predicted))
    tn = int(np.sum(~actual & ~predicted))

    def ratio(a, b):
        return a / b if b else 0.0

    return {
        "accuracy": (tp + tn) / len(actual),
        "precision": ratio(tp, tp + fp),
        "recall": ratio(tp, tp + fn),
        "specificity": ratio(tn, tn + fp),
        "f1": ratio(2 * tp, 2 * tp + fp + fn),
    }
