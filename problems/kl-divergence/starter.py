import numpy as np


def kl_divergence(P: list[list[float]], Q: list[list[float]]) -> list[float]:
    """KL(P_i || Q_i) in nats for every row (P = 0 terms are 0; P > 0 with Q = 0 gives inf).

    Raise ValueError for different shapes, a negative or nan entry, or a row that does not sum to 1 within 1e-6.
    """
    # TODO: sum of p * log(p / q) over the row
    return [0.0 for _ in P]
