# expect: wrong_answer
# mistake: never checks the residual, so a dependent row is normalized from rounding noise instead of raising
# caught-by: a dependent row throws
import numpy as np


def gram_schmidt(V):
    A = np.asarray(V, dtype=float)
    if A.shape[0] > A.shape[1]:
        raise ValueError("more rows than columns")
    Q = np.zeros(A.shape)
    for i in range(A.shape[0]):
        u = A[i].copy()
        for j in range(i):
            u -= (Q[j] @ u) * Q[j]
        Q[i] = u / max(np.linalg.norm(u), 1e-300)
    return Q
