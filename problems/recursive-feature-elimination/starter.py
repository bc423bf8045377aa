from typing import TypedDict

import numpy as np


class RfeResult(TypedDict):
    kept: list[int]
    eliminationOrder: list[int]


def rfe(X: list[list[float]], y: list[float], keep: int) -> RfeResult:
    """Return the kept feature indices (ascending) and the order in which the others were eliminated."""
    # TODO: standardize once; refit OLS with an intercept after every removal
    return {"kept": list(range(keep)), "eliminationOrder": []}
