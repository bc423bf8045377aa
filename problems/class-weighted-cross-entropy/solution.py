import numpy as np


def class_weighted_ce(train_labels, num_classes, power, logits, batch_labels):
    def valid(y):
        return y == int(y) and 0 <= y < num_classes

    if not all(valid(y) for y in train_labels) or not all(valid(y) for y in batch_labels):
        raise ValueError('labels must be integers in [0, num_classes)')
    if len(logits) != len(batch_labels) or any(len(row) != num_classes for row in logits):
        raise ValueError('one logits row of length num_classes per batch label')
    counts = np.bincount(np.asarray(train_labels, dtype=int), minlength=num_classes).astype(float)
    weights = np.zeros(num_classes)
    present = counts > 0
    weights[present] = (len(train_labels) / (num_classes * counts[present])) ** power
    if len(batch_labels) == 0:
        raise ValueError('the batch is empty')
    z = np.asarray(logits, dtype=float)
    y = np.asarray(batch_labels, dtype=int)
    shifted = z - z.max(axis=1, keepdims=True)
    log_p = shifted[np.arange(len(y)), y] - np.log(np.exp(shifted).sum(axis=1))
    w = weights[y]
    if w.sum() == 0:
        raise ValueError('every batch label has weight 0')
    return {"weights": weights, "loss": float(-(w * log_p).sum() / w.sum())}
