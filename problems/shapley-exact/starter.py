import numpy as np


def shapley_values(n: int, v: list[float]) -> list[float]:
    """The Shapley value of every player, from the values of all 2^n coalitions indexed by bitmask."""
    # TODO: for each player, the weighted sum of its marginal contributions over the coalitions without it
    return [0.0] * int(n)
