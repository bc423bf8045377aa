import numpy as np


def sym_eig(S):
    A = np.array(S, dtype=float)
    if A.ndim != 2 or A.shape[0] == 0 or A.shape[0] != A.shape[1] or not np.all(np.isfinite(A)):
        raise ValueError("S must be a non-empty finite square matrix")
    if np.max(np.abs(A - A.T)) > 1e-12 * np.max(np.abs(A)):
        raise ValueError("S is not symmetric")
    n = len(A)
    V = np.eye(n)
    frob = np.linalg.norm(A)
    for _ in range(60):
        if np.linalg.norm(A - np.diag(np.diag(A))) <= 1e-12 * frob:
            break
        for p in range(n - 1):
            for q in range(p + 1, n):
                if A[p, q] == 0:
                    continue
                theta = (A[q, q] - A[p, p]) / (2 * A[p, q])
                t = 1 / (2 * theta) if abs(theta) > 1e150 else (1.0 if theta >= 0 else -1.0) / (abs(theta) + np.sqrt(theta * theta + 1))
                c = 1 / np.sqrt(t * t + 1)
                s = t * c
                J = np.array([[c, s], [-s, c]])            # rotation in the (p, q) plane
                A[:, [p, q]] = A[:, [p, q]] @ J
                A[[p, q], :] = J.T @ A[[p, q], :]
                V[:, [p, q]] = V[:, [p, q]] @ J
    order = np.argsort(-np.diag(A), kind="stable")
    return {"values": np.diag(A)[order], "vectors": V[:, order]}
