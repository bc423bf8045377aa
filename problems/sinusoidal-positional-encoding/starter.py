import numpy as np


def positional_encoding(max_len: int, d_model: int) -> list[list[float]]:
    """The max_len×d_model sinusoidal table: column 2i is sin(pos·w_i), column 2i+1 is cos(pos·w_i), with
    w_i = 10000**(-2i/d_model) (an odd d_model ends with a sine). Raise ValueError for a negative or non-integer size.
    """
    # TODO: interleave sines and cosines of the same frequency
    return [[0.0] * d_model for _ in range(max_len)]
