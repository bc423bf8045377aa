import math

import numpy as np


def mmr_rerank(relevance: list[float], embeddings: list[list[float]], lambda_: float, top_k: int) -> list[int]:
    """The indices picked greedily by maximal marginal relevance, in the order picked."""
    n = len(relevance)
    if len(embeddings) != n or (n and any(len(e) != len(embeddings[0]) for e in embeddings)):
        raise ValueError('one embedding of a common length per item')
    if any(not math.isfinite(v) for v in relevance) or any(not math.isfinite(v) for e in embeddings for v in e):
        raise ValueError('inputs must be finite')
    if not 0 <= lambda_ <= 1 or not (float(top_k).is_integer() and top_k >= 0):
        raise ValueError('need lambda in [0, 1] and a non-negative integer top_k')
    E = np.asarray(embeddings, dtype=float).reshape(n, -1) if n else np.zeros((0, 0))
    rel = np.asarray(relevance, dtype=float)
    selected: list[int] = []
    max_sim = np.full(n, -np.inf)
    chosen = np.zeros(n, dtype=bool)
    while len(selected) < min(int(top_k), n):
        penalty = max_sim if selected else np.zeros(n)
        scores = np.where(chosen, -np.inf, (1 - lambda_) * rel - lambda_ * penalty)
        best = int(np.argmax(scores))  # the first maximum: ties go to the lower index
        chosen[best] = True
        selected.append(best)
        max_sim = np.maximum(max_sim, E @ E[best])
    return selected
