from typing import TypedDict

import numpy as np


class LstmOutput(TypedDict):
    logits: list[list[float]]
    hT: list[list[float]]
    cT: list[list[float]]


def lstm_classifier(
    tokens: list[list[int]], E: list[list[float]], Wih: list[list[float]], Whh: list[list[float]],
    bih: list[float], bhh: list[float], Wfc: list[list[float]], bfc: list[float],
) -> LstmOutput:
    """Embed B×T token ids, run a PyTorch-layout LSTM (gates i, f, g, o) from zero states, classify h_T.

    Return {"logits": B×K, "hT": B×H, "cT": B×H}.
    """
    # TODO: embedding lookup, the LSTM recurrence, then logits = h_T · Wfcᵀ + bfc
    B, H, K = len(tokens), len(Whh[0]), len(bfc)
    return {"logits": [[0.0] * K for _ in range(B)], "hT": [[0.0] * H for _ in range(B)], "cT": [[0.0] * H for _ in range(B)]}
