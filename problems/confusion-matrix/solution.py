import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    if len(y_true) != len(y_pred):
        raise ValueError('y_true and y_pred must have the same length')
    for label in list(y_true) + list(y_pred):
        if not (label == int(label) and 0 <= label < num_classes):
            raise ValueError('bad label %r' % (label,))
    C = np.zeros((num_classes, num_classes), dtype=int)
    np.add.at(C, (np.asarray(y_true, dtype=int), np.asarray(y_pred, dtype=int)), 1)
    return C
