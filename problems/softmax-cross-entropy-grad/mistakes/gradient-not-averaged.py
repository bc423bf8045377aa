# expect: wrong_answer
# mistake: averages the loss over the batch but returns P - Y as the gradient, forgetting the 1/m from the mean
# caught-by: two classes
import numpy as np


def softmax_cross_entropy(logits, y_one_hot):
    Z = np.asarray(logits, dtype=float)
    Y = np.asarray(y_one_hot, dtype=float)
    shifted = Z - Z.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -np.sum(np.where(Y > 0, Y * log_p, 0.0)) / len(Z)
    return {"loss": float(loss), "dLogits": np.exp(log_p) - Y}
