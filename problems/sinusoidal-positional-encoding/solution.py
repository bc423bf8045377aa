import math

import numpy as np


def positional_encoding(max_len, d_model):
    if not (isinstance(max_len, int) and isinstance(d_model, int) and max_len >= 0 and d_model >= 0):
        raise ValueError('sizes must be non-negative integers')
    if max_len == 0:
        return []
    pos = np.arange(max_len)[:, None]
    freq = np.exp(np.arange(0, d_model, 2) * (-math.log(10000) / d_model)) if d_model else np.zeros(0)
    pe = np.zeros((max_len, d_model))
    pe[:, 0::2] = np.sin(pos * freq)
    pe[:, 1::2] = np.cos(pos * freq[: d_model // 2])  # an odd d_model has one sine more than cosines
    return pe
