from typing import TypedDict

import numpy as np


class Contrast(TypedDict):
    contrast: float
    minOverMax: float


def relative_contrast(X: list[list[float]], query: list[float]) -> Contrast:
    """Return (d_max − d_min)/d_min and d_min/d_max of the Euclidean distances from the query to the rows of X."""
    # TODO: compute the distances and both ratios; handle d_min = 0
    return {"contrast": 0.0, "minOverMax": 1.0}
