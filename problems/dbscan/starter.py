import numpy as np


def dbscan(X: list[list[float]], eps: float, min_pts: int) -> list[int]:
    """DBSCAN labels in the statement's fixed visiting order: clusters 0, 1, … in order of discovery, noise -1.

    Neighbourhoods include the boundary (distance <= eps) and the point itself.
    Raise ValueError if eps < 0, min_pts is not a positive integer, or rows differ in length.
    """
    # TODO: visit points in index order, expand clusters from core points through a queue
    return [-1] * len(X)
