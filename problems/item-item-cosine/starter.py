from typing import TypedDict

import numpy as np


class ItemNeighbours(TypedDict):
    similarity: list[list[float]]
    topK: list[list[int]]


def item_item_top_k(R: list[list[float]], k: int) -> ItemNeighbours:
    """Cosine similarity between item columns (diagonal 0) and each item's k most similar other items."""
    # TODO: cosine similarity of the item columns (diagonal 0, zero columns give 0), then the k most similar other items
    items = len(R[0]) if R else 0
    return {'similarity': np.zeros((items, items)).tolist(), 'topK': [[] for _ in range(items)]}
