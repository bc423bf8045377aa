from typing import TypedDict

import numpy as np


class Retrieval(TypedDict):
    scores: list[list[float]]
    topK: list[list[int]]


def two_tower_top_k(user_feats: list[list[float]], item_feats: list[list[float]],
                    Wu1: list[list[float]], bu1: list[float], Wu2: list[list[float]], bu2: list[float],
                    Wi1: list[list[float]], bi1: list[float], Wi2: list[list[float]], bi2: list[float],
                    seen: list[list[int]], k: int) -> Retrieval:
    """Return the user×item cosine scores of the two towers and the top-k unseen items per user."""
    # TODO: both towers, the score matrix, then the masked top-k (ties to the lower index)
    return {"scores": [[0.0] * len(item_feats) for _ in user_feats], "topK": [[] for _ in user_feats]}
