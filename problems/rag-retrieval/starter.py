from typing import TypedDict

import numpy as np


class Retrieved(TypedDict):
    indices: list[list[int]]
    scores: list[list[float]]


def retrieve_top_k(queries: list[list[float]], docs: list[list[float]], k: int) -> Retrieved:
    """Per query, the k documents with the highest cosine similarity (ties → lower index; zero vectors score 0)."""
    # TODO: cosine similarities, then a stable descending sort
    return {"indices": [[] for _ in queries], "scores": [[] for _ in queries]}
