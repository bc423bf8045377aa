import numpy as np


def fed_avg(w_global: list[float], client_weights: list[list[float]], client_sizes: list[int], clip_norm: float, noise: list[float]) -> list[float]:
    """The new global weights: w plus the size-weighted mean of the clipped client updates, plus the noise."""
    d, K = len(w_global), len(client_weights)
    if d == 0 or K == 0 or len(client_sizes) != K or len(noise) != d or any(len(w) != d for w in client_weights):
        raise ValueError('shapes do not match')
    if any(not (float(n).is_integer() and n >= 0) for n in client_sizes) or sum(client_sizes) == 0:
        raise ValueError('client sizes must be non-negative integers, not all zero')
    if not clip_norm > 0:
        raise ValueError('clip_norm must be positive (inf disables clipping)')
    w = np.asarray(w_global, dtype=float)
    W = np.asarray(client_weights, dtype=float)
    xi = np.asarray(noise, dtype=float)
    if not (np.isfinite(w).all() and np.isfinite(W).all() and np.isfinite(xi).all()):
        raise ValueError('weights and noise must be finite')
    deltas = W - w
    scale = np.abs(deltas).max(axis=1, keepdims=True)
    safe = np.where(scale > 0, scale, 1.0)
    norms = (safe * np.sqrt(((deltas / safe) ** 2).sum(axis=1, keepdims=True))) * (scale > 0)
    factor = np.where(norms > clip_norm, clip_norm / np.where(norms > 0, norms, 1.0), 1.0)
    shares = np.asarray(client_sizes, dtype=float) / sum(client_sizes)
    return (w + shares @ (deltas * factor) + xi).tolist()
