from typing import TypedDict

import numpy as np


class ItemNeighbours(TypedDict):
    similarity: list[list[float]]
    topK: list[list[int]]


def item_item_top_k(R: list[list[float]], k: int) -> ItemNeighbours:
    """Cosine similarity between item columns (diagonal 0) and each item's k most similar other items."""
    if not R or len(R[0]) == 0 or any(len(r) != len(R[0]) for r in R):
        raise ValueError('R must be a non-empty users x items matrix')
    M = np.asarray(R, dtype=float)
    if not np.isfinite(M).all():
        raise ValueError('interactions must be finite')
    if not (float(k).is_integer() and k >= 0):
        raise ValueError('k must be a non-negative integer')
    norms = np.linalg.norm(M, axis=0)
    safe = np.where(norms > 0, norms, 1.0)
    sim = (M.T @ M) / np.outer(safe, safe)
    sim[norms == 0, :] = 0.0
    sim[:, norms == 0] = 0.0
    np.fill_diagonal(sim, 0.0)
    items = M.shape[1]
    top = []
    for i in range(items):
        others = [j for j in range(items) if j != i]
        others.sort(key=lambda j: (-sim[i, j], j))  # most similar first, ties to the lower index
        top.append(others[: int(k)])
    return {'similarity': sim.tolist(), 'topK': top}
