# expect: wrong_answer
# mistake: subtracts the maximum of the whole matrix instead of each row's, so low rows underflow to 0/0
# caught-by: rows on very different scales
import numpy as np


def softmax(z):
    x = np.asarray(z, dtype=float)
    with np.errstate(invalid='ignore'):
        e = np.exp(x - x.max())
        return e / e.sum(axis=1, keepdims=True)
