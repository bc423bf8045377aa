import numpy as np


def mmr_rerank(relevance: list[float], embeddings: list[list[float]], lambda_: float, top_k: int) -> list[int]:
    """The indices picked greedily by maximal marginal relevance, in the order picked."""
    # TODO: greedily pick the item maximising (1 - lambda) * relevance - lambda * (max similarity to the picked ones)
    return list(range(len(relevance)))[: int(top_k)]
