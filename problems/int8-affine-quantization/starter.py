from typing import TypedDict

import numpy as np


class Quantized(TypedDict):
    scale: float
    zeroPoint: int
    q: list[int]
    xHat: list[float]


def quantize_affine(x: list[float], qmin: int, qmax: int) -> Quantized:
    """Per-tensor affine quantization: scale, zero point, the integer codes and the dequantized values."""
    # TODO: scale and zero point from the range widened to include 0, round half to even, clamp, dequantize
    return {'scale': 1.0, 'zeroPoint': 0, 'q': [0] * len(x), 'xHat': [0.0] * len(x)}
