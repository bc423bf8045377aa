import numpy as np


def svm_smo(
    X: list[list[float]], y: list[int], C: float, kernel: str, gamma: float, coef0: float, degree: int,
    tol: float, max_iter: int, Xtest: list[list[float]],
) -> tuple:
    """Train a C-SVM on the dual with SMO (maximal violating pair); return (alpha, b, decision values on Xtest)."""
    # TODO: gradient G = Qα − 1, working-set selection, clipped two-variable steps, then b = −ρ
    return [0.0] * len(X), 0.0, [0.0] * len(Xtest)
