import numpy as np


def kmeans_plus_plus(X: list[list[float]], k: int, u: list[float]) -> list[int]:
    """Row indices of the k centres chosen by k-means++ with the supplied uniforms: the first is floor(u[0]·n), each
    later one the smallest i whose cumulative D² exceeds u[t]·W (W = 0: the lowest index not chosen yet).

    Raise ValueError if k < 1, k > n, u is too short, a used u[t] is outside [0, 1), or rows differ in length.
    """
    # TODO: D² sampling by inverse CDF
    return list(range(k))
