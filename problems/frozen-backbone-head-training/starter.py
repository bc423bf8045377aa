import numpy as np


def train_head_only(X: list[list[float]], y: list[int], Wf: list[list[float]], bf: list[float], Wh: list[list[float]],
                    bh: list[float], steps: int, lr: float) -> tuple[list[list[float]], list[float], list[float]]:
    """Return (trained Wh, trained bh, the loss of each step's forward pass); the backbone (Wf, bf) stays frozen."""
    # TODO: features once, then Adam on the head's mean cross-entropy
    return Wh, bh, []
