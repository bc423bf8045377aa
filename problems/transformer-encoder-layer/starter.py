from typing import TypedDict

import numpy as np


class EncoderParams(TypedDict):
    Wq: list[list[float]]
    bq: list[float]
    Wk: list[list[float]]
    bk: list[float]
    Wv: list[list[float]]
    bv: list[float]
    Wo: list[list[float]]
    bo: list[float]
    W1: list[list[float]]
    b1: list[float]
    W2: list[list[float]]
    b2: list[float]
    g1: list[float]
    be1: list[float]
    g2: list[float]
    be2: list[float]


def encoder_layer(x: list[list[float]], p: EncoderParams, num_heads: int, mask: list[list[int]] | None, eps: float) -> list[list[float]]:
    """Post-LN encoder layer (nn.Linear weights, out×in): x1 = LN1(x + MHA(x)), out = LN2(x1 + FFN(x1))."""
    # TODO: multi-head self-attention, Add & Norm, ReLU feed-forward, Add & Norm
    return [list(row) for row in x]
