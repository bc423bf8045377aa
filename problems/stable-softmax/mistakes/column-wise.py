# expect: wrong_answer
# mistake: normalizes over columns (axis=0) instead of rows
# caught-by: equal values give a uniform row
import numpy as np


def softmax(z):
    x = np.asarray(z, dtype=float)
    e = np.exp(x - x.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)
