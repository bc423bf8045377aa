import numpy as np


def grad_cam(activations, gradients):
    A = np.asarray(activations, dtype=float)
    G = np.asarray(gradients, dtype=float)
    if A.ndim != 3 or 0 in A.shape or G.shape != A.shape or not np.isfinite(A).all() or not np.isfinite(G).all():
        raise ValueError("activations and gradients must be finite K×H×W arrays of the same shape")
    alpha = G.mean(axis=(1, 2))
    cam = np.maximum(0.0, np.tensordot(alpha, A, axes=1))
    cam = cam - cam.min()
    return cam / (cam.max() + 1e-8)
