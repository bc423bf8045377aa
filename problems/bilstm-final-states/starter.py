from typing import TypedDict

import numpy as np


class LstmWeights(TypedDict):
    Wih: list[list[float]]
    Whh: list[list[float]]
    bih: list[float]
    bhh: list[float]


class BiLstm(TypedDict):
    outputs: list[list[float]]
    summary: list[float]


def bilstm(x: list[list[float]], fwd: LstmWeights, bwd: LstmWeights) -> BiLstm:
    """Forward LSTM over x and backward LSTM over reversed x (gate rows [i, f, g, o], h = c = 0 at the start).

    Return {"outputs": T × 2H rows [h→_t ; h←_t], "summary": [h→_T ; h←_1]}.
    """
    # TODO: run both directions, realign the backward states, concatenate
    H = len(fwd["Whh"]) // 4
    return {"outputs": [[0.0] * (2 * H) for _ in x], "summary": [0.0] * (2 * H)}
