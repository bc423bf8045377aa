from typing import TypedDict

import numpy as np


class ChiSquare(TypedDict):
    expected: list[list[float]]
    chi2: float
    dof: int
    lowExpected: int


def chi_square_independence(table: list[list[float]]) -> ChiSquare:
    """Pearson's chi-square test of independence on a contingency table, after dropping all-zero rows and columns
    (their expected counts are 0); no Yates correction.

    Return {"expected" (original shape), "chi2", "dof", "lowExpected" (1 if a kept expected count is below 5)}.
    Raise ValueError for a negative count, ragged rows, an empty table or a zero total.
    """
    # TODO: E = row total × column total / N over the kept cells
    return {"expected": [[0.0] * len(row) for row in table], "chi2": 0.0, "dof": 0, "lowExpected": 0}
