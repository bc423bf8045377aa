from typing import TypedDict

import numpy as np


class Attention(TypedDict):
    output: list[list[float]]
    weights: list[list[float]]


def scaled_dot_product_attention(Q: list[list[float]], K: list[list[float]], V: list[list[float]], mask: list[list[int]] | None) -> Attention:
    """softmax(Q·Kᵀ/√d_k, with blocked scores replaced by -1e9) · V.

    mask[i][j] is 1 (keep) or 0 (block); None blocks nothing. Return {"output": n×d_v, "weights": n×m}.
    """
    # TODO: scores = Q·Kᵀ / sqrt(d_k); blocked scores := -1e9; row softmax; output = weights · V
    weights = [[0.0 for _ in K] for _ in Q]
    output = [[0.0 for _ in V[0]] for _ in Q]
    return {"output": output, "weights": weights}
