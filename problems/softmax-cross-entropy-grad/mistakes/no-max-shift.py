# expect: wrong_answer
# mistake: exponentiates the raw logits without subtracting the row maximum, so logits near 1000 overflow to inf and give nan
# caught-by: logits around 1000
import numpy as np


def softmax_cross_entropy(logits, y_one_hot):
    Z = np.asarray(logits, dtype=float)
    Y = np.asarray(y_one_hot, dtype=float)
    with np.errstate(over='ignore', invalid='ignore', divide='ignore'):
        e = np.exp(Z)
        p = e / e.sum(axis=1, keepdims=True)
        loss = -np.sum(np.where(Y > 0, Y * np.log(p), 0.0)) / len(Z)
    return {"loss": float(loss), "dLogits": (p - Y) / len(Z)}
