# expect: wrong_answer
# mistake: no max subtraction, so exp(1000) overflows and logits of ±1000 give nan
# caught-by: logits of ±1000
import numpy as np


def softmax(z):
    with np.errstate(over='ignore', invalid='ignore'):
        e = np.exp(np.asarray(z, dtype=float))
        return e / e.sum(axis=1, keepdims=True)
