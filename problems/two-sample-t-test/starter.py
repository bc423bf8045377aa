import math
from typing import TypedDict

import numpy as np


class TTest(TypedDict):
    tStat: float
    df: float
    pValue: float
    improvement: float
    lift: float
    significant: int


def t_test(control: list[float], treatment: list[float], equal_var: bool, alpha: float) -> TTest:
    """Student (equal_var) or Welch two-sample t-test, control first, with the two-sided p-value from the regularized
    incomplete beta function (not 1 - CDF). math.lgamma is available.

    Return {"tStat", "df", "pValue", "improvement", "lift", "significant" (1 if pValue < alpha)}.
    Raise ValueError when a group has fewer than 2 observations.
    """
    # TODO: means, unbiased variances, t and df, p = I_x(df/2, 1/2) with x = df / (df + t²)
    return {"tStat": 0.0, "df": 0.0, "pValue": 1.0, "improvement": 0.0, "lift": 0.0, "significant": 0}
