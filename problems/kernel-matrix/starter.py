import numpy as np


def kernel_matrix(A: list[list[float]], B: list[list[float]], kernel: str, gamma, coef0: float, degree: int) -> list[list[float]]:
    """K[i][j] = k(A[i], B[j]) for 'linear', 'poly' (γ a·b + c0)^p, 'rbf' exp(−γ‖a−b‖²), 'sigmoid';
    gamma='scale' means 1 / (d · Var(A))."""
    # TODO: one kernel value per pair of rows
    return (np.asarray(A, dtype=float) @ np.asarray(B, dtype=float).T).tolist() if B else [[] for _ in A]
