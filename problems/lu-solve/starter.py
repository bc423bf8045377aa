from typing import TypedDict

import numpy as np


class LuResult(TypedDict):
    x: list[float]
    det: float


def lu_solve(A: list[list[float]], b: list[float]) -> LuResult:
    """The solution of A x = b and det(A) by LU with partial pivoting (x all NaN and det 0 when A is singular)."""
    # TODO: eliminate with partial pivoting, track the swaps for the sign of det, then back-substitute
    return {'x': [0.0] * len(b), 'det': 1.0}
