# expect: wrong_answer
# mistake: the textbook formula inv(XᵀX) Xᵀy, which squares the condition number and then inverts explicitly
# caught-by: ill-conditioned design 2
import numpy as np


def ols_fit(X, y):
    A = np.asarray(X, dtype=float)
    b = np.asarray(y, dtype=float)
    if A.shape[0] < A.shape[1]:
        raise ValueError("underdetermined")
    if np.linalg.matrix_rank(A) < A.shape[1]:
        raise ValueError("rank-deficient")
    return np.linalg.inv(A.T @ A) @ A.T @ b
