import numpy as np


def pairwise_distances(A: list[list[float]], B: list[list[float]], metric: str):
    if metric not in ("euclidean", "manhattan", "cosine"):
        raise ValueError("unknown metric")
    rows = list(A) + list(B)
    if rows:
        d = len(rows[0])
        if d == 0 or any(len(r) != d for r in rows):
            raise ValueError("every vector must have the same length >= 1")
    if not A:
        return []
    a = np.asarray(A, dtype=float)
    if not B:
        return [[] for _ in A]
    b = np.asarray(B, dtype=float)
    if not (np.all(np.isfinite(a)) and np.all(np.isfinite(b))):
        raise ValueError("coordinates must be finite")
    diff = a[:, None, :] - b[None, :, :]               # direct differences: no cancellation far from the origin
    if metric == "euclidean":
        return np.sqrt((diff ** 2).sum(-1))
    if metric == "manhattan":
        return np.abs(diff).sum(-1)
    na, nb = np.linalg.norm(a, axis=1), np.linalg.norm(b, axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        cos = (a @ b.T) / np.outer(na, nb)
    dist = np.clip(1 - cos, 0, 2)
    dist[(na == 0)[:, None] | (nb == 0)[None, :]] = 1.0   # a zero vector is orthogonal to everything
    return dist
