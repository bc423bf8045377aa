from typing import TypedDict

import numpy as np

# 'lambda' is a Python keyword, hence the functional TypedDict syntax
QpSolution = TypedDict('QpSolution', {'x': list[float], 'lambda': list[float]})


def eq_constrained_qp(Q: list[list[float]], c: list[float], A: list[list[float]], b: list[float]) -> QpSolution:
    """The minimiser x of 1/2 x^T Q x + c^T x subject to A x = b, and its multipliers."""
    # TODO: build [[Q, A^T], [A, 0]] [x; lambda] = [-c; b] and solve it
    return {'x': [0.0] * len(c), 'lambda': [0.0] * len(b)}
