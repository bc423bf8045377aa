import math
from typing import TypedDict

import numpy as np


class ClipResult(TypedDict):
    byValue: list[list[float]]
    byGlobalNorm: list[list[float]]
    totalNorm: float


def clip_gradients(grads: list[list[float]], clip_value: float, max_norm: float) -> ClipResult:
    """The gradients clipped by value and by global norm (PyTorch's clip_grad_norm_ rule), and the norm before clipping."""
    if not (clip_value > 0 and math.isfinite(clip_value)) or not (max_norm > 0 and math.isfinite(max_norm)):
        raise ValueError('clip_value and max_norm must be positive and finite')
    tensors = [np.asarray(g, dtype=float) for g in grads]
    if any(not np.all(np.isfinite(t)) for t in tensors):
        raise ValueError('gradients must be finite')
    flat = np.concatenate(tensors) if tensors else np.zeros(0)
    scale = np.abs(flat).max() if flat.size else 0.0
    total = float(scale * np.sqrt(np.sum((flat / scale) ** 2))) if scale > 0 else 0.0
    coef = min(1.0, max_norm / (total + 1e-6))
    return {
        'byValue': [np.clip(t, -clip_value, clip_value).tolist() for t in tensors],
        'byGlobalNorm': [(t * coef).tolist() for t in tensors],
        'totalNorm': total,
    }
