import numpy as np


def softmax_cross_entropy(logits, y_one_hot):
    m = len(logits)
    if m == 0 or len(y_one_hot) != m or any(len(z) != len(y) for z, y in zip(logits, y_one_hot)):
        raise ValueError('logits and y_one_hot must be non-empty and of the same shape')
    Z = np.asarray(logits, dtype=float)
    Y = np.asarray(y_one_hot, dtype=float)
    shifted = Z - Z.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -np.sum(np.where(Y > 0, Y * log_p, 0.0)) / m  # a 0 target contributes 0, even where p underflows
    return {"loss": float(loss), "dLogits": (np.exp(log_p) - Y) / m}
