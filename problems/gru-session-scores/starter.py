from typing import TypedDict

import numpy as np


class SessionScores(TypedDict):
    hT: list[list[float]]
    scores: list[list[float]]
    topK: list[list[int]]


def gru_session_scores(items: list[list[int]], E: list[list[float]], W_ih: list[list[float]], W_hh: list[list[float]],
                       b_ih: list[float], b_hh: list[float], W_out: list[list[float]], b_out: list[float], k: int) -> SessionScores:
    """Embed each session's item ids, run a PyTorch-style GRU (gate rows reset, update, new) from h0 = 0, score every
    item with W_out·h_T + b_out and rank the top k (ties: lower index first).

    Return {"hT": B×H, "scores": B×V, "topK": B×k}. Raise ValueError for an item id outside the rows of E.
    """
    # TODO: r, z, n gates per step; h = (1 - z) * n + z * h
    H = len(W_hh[0])
    return {"hT": [[0.0] * H for _ in items], "scores": [list(b_out) for _ in items], "topK": [list(range(k)) for _ in items]}
