import math
from typing import TypedDict

import numpy as np


class Quantized(TypedDict):
    scale: float
    zeroPoint: int
    q: list[int]
    xHat: list[float]


def quantize_affine(x: list[float], qmin: int, qmax: int) -> Quantized:
    """Per-tensor affine quantization: scale, zero point, the integer codes and the dequantized values."""
    if not (float(qmin).is_integer() and float(qmax).is_integer() and qmin < qmax):
        raise ValueError('qmin and qmax must be integers with qmin < qmax')
    v = np.asarray(x, dtype=float)
    if v.size == 0 or not np.isfinite(v).all():
        raise ValueError('x must be a non-empty tensor of finite values')
    lo, hi = min(v.min(), 0.0), max(v.max(), 0.0)
    scale = (hi - lo) / (qmax - qmin) if hi > lo else 1.0
    zero = int(np.clip(np.round(qmin - lo / scale), qmin, qmax))  # np.round rounds half to even
    q = np.clip(np.round(v / scale) + zero, qmin, qmax).astype(int)
    return {'scale': float(scale), 'zeroPoint': zero, 'q': q.tolist(), 'xHat': (scale * (q - zero)).tolist()}
