import numpy as np


def svd_low_rank(A: list[list[float]], k: int):
    if len(A) == 0 or len(A[0]) == 0 or any(len(r) != len(A[0]) for r in A):
        raise ValueError("A must be a non-empty matrix")
    M = np.asarray(A, dtype=float)
    if not np.all(np.isfinite(M)) or not (0 <= k <= min(M.shape)):
        raise ValueError("finite A and k in [0, min(m, n)]")
    U, s, Vt = np.linalg.svd(M, full_matrices=False)
    Uk, Sk, Vk = U[:, :k], s[:k], Vt[:k].T
    return {"U": Uk, "S": Sk, "V": Vk, "Ak": (Uk * Sk) @ Vk.T, "frobError": float(np.sqrt((s[k:] ** 2).sum()))}
