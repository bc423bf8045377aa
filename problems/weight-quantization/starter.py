from typing import TypedDict

import numpy as np


class Quantized(TypedDict):
    codes: list[int]
    dequant: list[float]
    maxErr: float


def quantize(W: list[float], s: float) -> Quantized:
    """codes = round(W/s) with halves to even, dequant = codes·s, maxErr = max |W − dequant|."""
    # TODO: round half to even, rescale, worst error
    return {"codes": [0] * len(W), "dequant": [0.0] * len(W), "maxErr": 0.0}
