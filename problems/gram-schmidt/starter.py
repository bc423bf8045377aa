import numpy as np


def gram_schmidt(V: list[list[float]]) -> list[list[float]]:
    """Return the rows of V orthonormalized in order by modified Gram–Schmidt (throw on a dependent row)."""
    # TODO: subtract the projections one at a time from the updated vector, then normalize
    return V
