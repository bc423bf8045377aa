# expect: wrong_answer
# mistake: the training-loop loss -mean(sum(y * log(p + 1e-8))), which caps each term at about 18.4 and biases every loss
# caught-by: true class logit far below the rest
import numpy as np


def softmax_cross_entropy(logits, y_one_hot):
    Z = np.asarray(logits, dtype=float)
    Y = np.asarray(y_one_hot, dtype=float)
    e = np.exp(Z - Z.max(axis=1, keepdims=True))
    p = e / e.sum(axis=1, keepdims=True)
    loss = -np.mean(np.sum(Y * np.log(p + 1e-8), axis=1))
    return {"loss": float(loss), "dLogits": (p - Y) / len(Z)}
