import numpy as np


def engineer_features(a: list[float], b: list[float]) -> list[list[float]]:
    """Return one row [a/b, a², log(1 + a), a·b] per input row, with IEEE semantics for 0/0, x/0 and log(0)."""
    # TODO: compute the four features column-wise
    return [[0.0, 0.0, 0.0, 0.0] for _ in a]
