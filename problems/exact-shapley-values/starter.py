import numpy as np


def exact_shapley(
    x: list[float], background: list[list[float]], children_left: list[int], children_right: list[int],
    feature: list[int], threshold: list[float], value: list[float],
) -> tuple:
    """Return (phi, base_value): interventional Shapley values of the tree's prediction at x, and E_b[f(b)]."""
    # TODO: the value of every feature subset, averaged over the background rows, then the Shapley weights
    return [0.0] * len(x), 0.0
